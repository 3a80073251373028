import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-meetings-feature-meetings', __dirname);
