import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-peer-input-feature-peer-input', __dirname);
