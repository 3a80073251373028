import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-boards-feature-members', __dirname);
