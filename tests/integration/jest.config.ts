import type { Config } from 'jest';
import { serverJestConfig } from '../../jest.preset.server';

const base = serverJestConfig('integration', __dirname);

/** The real HTTP app and worker against real Postgres, Redis and SMTP, started by the global setup. */
const config: Config = {
  ...base,
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/../support/global-setup.ts',
  globalTeardown: '<rootDir>/../support/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};

export default config;
