/** @type {import('jest').Config} */
// ts-jest compiles with TypeScript itself, so type-graphql and TypeORM get the decorator metadata they
// read the types from (esbuild-based runners drop it). isolatedModules: per file, fast. The type check
// of every test is `tsc -b` (test/tsconfig.json), which `npm test` runs first.
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, target: 'ES2022', module: 'commonjs', experimentalDecorators: true, emitDecoratorMetadata: true, useDefineForClassFields: false, esModuleInterop: true, strict: true, skipLibCheck: true } }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/commands', '<rootDir>/examples', '<rootDir>/dashboard', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': tsJest },
  // Tests run against the sources, not a stale build: each package's export `./x` is its `src/x`.
  moduleNameMapper: {
    '^@kumkm/(subgraph-kit|cooperatives|umkm|training)$': '<rootDir>/subgraphs/$1/src',
    '^@kumkm/(subgraph-kit|cooperatives|umkm|training)/(.*)$': '<rootDir>/subgraphs/$1/src/$2',
    '^@kumkm/(gateway|commands|examples)$': '<rootDir>/$1/src',
    '^@kumkm/(gateway|commands|bench)/(.*)$': '<rootDir>/$1/src/$2',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  globalSetup: '<rootDir>/test/setup/announce-drivers.js',
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
};
