import type { Config } from 'jest';
import { serverJestConfig } from '../../jest.preset.server';

const base = serverJestConfig('e2e', __dirname);

/** Playwright driving Debian's Chromium against the built app, started by the global setup. */
const config: Config = {
  ...base,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};

export default config;
