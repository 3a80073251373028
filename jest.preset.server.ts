import { join } from 'node:path';
import type { Config } from 'jest';

/** Unit tests of server-side TypeScript: swc transpiles (with decorator metadata) and maps @cabinet/* to sources. */
export function serverJestConfig(displayName: string, rootDir: string): Config {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: {
      '^.+\\.ts$|/node_modules/marked/.+\\.js$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
            keepClassNames: true,
            // Rewrites @cabinet/* to relative paths, which also works in global setup files
            // (where Jest's moduleNameMapper does not apply).
            baseUrl: __dirname,
            paths: { '@cabinet/*': ['libs/*/src/index.ts'] },
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    // marked ships ES modules only; Jest runs CommonJS (Node itself loads it with require).
    transformIgnorePatterns: ['/node_modules/(?!marked/)'],
    moduleNameMapper: { '^@cabinet/(.*)$': join(__dirname, 'libs/$1/src/index.ts') },
  };
}
