import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-boards', __dirname);
