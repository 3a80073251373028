import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('shared-contracts', __dirname);
