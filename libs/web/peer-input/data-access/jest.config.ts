import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-peer-input-data-access', __dirname);
