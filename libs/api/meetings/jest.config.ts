import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-meetings', __dirname);
