import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-compliance', __dirname);
