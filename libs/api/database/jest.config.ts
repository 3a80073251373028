import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-database', __dirname);
