import { join, relative } from 'node:path';
import type { Config } from 'jest';

/** Unit tests of the Angular app and its libraries: jest-preset-angular in jsdom, @cabinet/* mapped to sources. */
export function webJestConfig(displayName: string, rootDir: string): Config {
  return {
    displayName,
    rootDir,
    preset: 'jest-preset-angular',
    testEnvironment: 'jsdom',
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    transform: {
      '^.+\\.(ts|mjs|js|html|svg)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
    },
    // marked ships ES modules only; Jest runs CommonJS, so it is transpiled like .mjs files.
    transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|marked/))'],
    moduleNameMapper: { '^@cabinet/(.*)$': join(__dirname, 'libs/$1/src/index.ts') },
    coverageDirectory: join(__dirname, 'coverage', relative(__dirname, rootDir)),
  };
}
