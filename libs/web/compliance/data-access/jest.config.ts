import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-compliance-data-access', __dirname);
