import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-shared-i18n', __dirname);
