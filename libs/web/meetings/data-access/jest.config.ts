import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-meetings-data-access', __dirname);
