import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-recommendations-data-access', __dirname);
