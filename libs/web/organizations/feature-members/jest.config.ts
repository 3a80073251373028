import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-organizations-feature-members', __dirname);
