import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-boards-data-access', __dirname);
