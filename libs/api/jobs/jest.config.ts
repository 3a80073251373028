import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-jobs', __dirname);
