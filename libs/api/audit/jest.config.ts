import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-audit', __dirname);
