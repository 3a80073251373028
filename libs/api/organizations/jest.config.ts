import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-organizations', __dirname);
