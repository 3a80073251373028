import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-identity', __dirname);
