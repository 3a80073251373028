import { webJestConfig } from '../../jest.preset.web';

export default webJestConfig('web', __dirname);
