import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-notifications', __dirname);
