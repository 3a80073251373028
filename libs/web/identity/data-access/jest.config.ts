import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-identity-data-access', __dirname);
