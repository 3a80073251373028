import { webJestConfig } from '../../../../jest.preset.web';

export default webJestConfig('web-shell-feature-shell', __dirname);
