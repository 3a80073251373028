import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-identity-feature-account', __dirname);
