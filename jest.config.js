/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      // type-graphql and TypeORM read the types from decorator metadata, which esbuild-based runners drop.
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  // Tests run against the sources, not a stale build.
  moduleNameMapper: {
    '^@kumkm/subgraph-kit$': '<rootDir>/subgraphs/subgraph-kit/src',
    '^@kumkm/subgraph-kit/dist/testing$': '<rootDir>/subgraphs/subgraph-kit/src/testing',
    '^@kumkm/cooperatives$': '<rootDir>/subgraphs/cooperatives/src',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  globalSetup: '<rootDir>/test/setup/announce-drivers.js',
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
};
