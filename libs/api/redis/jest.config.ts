import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-redis', __dirname);
