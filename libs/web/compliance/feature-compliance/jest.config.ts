import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-compliance-feature-compliance', __dirname);
