import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-recommendations', __dirname);
