import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('tooling-backup', __dirname);
