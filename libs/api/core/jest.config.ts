import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-core', __dirname);
