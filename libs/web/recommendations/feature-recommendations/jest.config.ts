import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-recommendations-feature-recommendations', __dirname);
