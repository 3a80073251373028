import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-testing', __dirname);
