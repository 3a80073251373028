export default {
  displayName: 'web-boards-feature-members',
  preset: 'jest-preset-angular',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html|svg)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
  moduleNameMapper: { '^@cabinet/(.*)$': '<rootDir>/../../../../libs/$1/src/index.ts' },
  coverageDirectory: '../../../../coverage/libs/web/boards/feature-members',
};
