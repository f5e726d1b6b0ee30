/** @type {import('jest').Config} */
// ts-jest compiles with TypeScript itself, so type-graphql and TypeORM get the decorator metadata they
// read the types from (esbuild-based runners drop it). isolatedModules: per-file, fast; `tsc -b` type-checks.
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, target: 'ES2022', module: 'commonjs', experimentalDecorators: true, emitDecoratorMetadata: true, useDefineForClassFields: false, esModuleInterop: true, strict: true, skipLibCheck: true } }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': tsJest },
  // Tests run against the sources, not a stale build.
  moduleNameMapper: {
    '^@kumkm/subgraph-kit$': '<rootDir>/subgraphs/subgraph-kit/src',
    '^@kumkm/subgraph-kit/dist/testing$': '<rootDir>/subgraphs/subgraph-kit/src/testing',
    '^@kumkm/cooperatives$': '<rootDir>/subgraphs/cooperatives/src',
    '^@kumkm/umkm$': '<rootDir>/subgraphs/umkm/src',
    '^@kumkm/training$': '<rootDir>/subgraphs/training/src',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  globalSetup: '<rootDir>/test/setup/announce-drivers.js',
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
};
