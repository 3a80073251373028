import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-peer-input', __dirname);
