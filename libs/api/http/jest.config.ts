import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-http', __dirname);
