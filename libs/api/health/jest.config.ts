import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-health', __dirname);
