import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-shared-ui', __dirname);
