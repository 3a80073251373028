import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-landing-feature-landing', __dirname);
