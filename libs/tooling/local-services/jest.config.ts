import { serverJestConfig } from '../../../jest.preset.server';

export default serverJestConfig('tooling-local-services', __dirname);
