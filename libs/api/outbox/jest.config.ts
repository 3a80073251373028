import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('api-outbox', __dirname);
