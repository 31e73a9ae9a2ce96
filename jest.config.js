// The test suite's projects. `npm test` runs them all; `--selectProjects <name>` runs one.
//
// unit     pure domain, store adapters, projections, application services (node)
// web      the console's components under jsdom
// e2e      the real app over real HTTP on a SQLite file in a temporary folder; the built CLI and
//          server as child processes
// e2e-esdb end-to-end files again, with the app on the EventStoreDB adapter (test/esdb)
// browser  the console in Debian's Chromium against the real server (one browser for the run)
//
// Workers: the machine has two cores and jest's default there is one worker, so the projects used
// to run one file at a time while most end-to-end time is spent waiting on child processes and the
// browser. docs/performance.md ("The test suite") has the figures behind the number chosen.

const serverTransform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
const ledgerPaths = { '^@ledger/([a-z-]+)(/.*)?$': '<rootDir>/libs/$1/src$2' };

/** The e2e project's shape, shared by the projects that start the real app. */
const server = (displayName, testMatch, extra = {}) => ({
  displayName,
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch,
  transform: serverTransform,
  moduleNameMapper: ledgerPaths,
  setupFiles: ['<rootDir>/test/jest.setup.ts'],
  ...extra,
});

module.exports = {
  maxWorkers: process.env.LEDGER_TEST_WORKERS ?? 3,
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      transform: serverTransform,
      moduleNameMapper: ledgerPaths,
      setupFiles: ['<rootDir>/test/jest.setup.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      rootDir: __dirname,
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'apps/web/tsconfig.spec.json' }] },
      setupFilesAfterEnv: ['<rootDir>/apps/web/test/setup-dom.ts'],
      moduleNameMapper: { '^antd/es/(.*)$': 'antd/lib/$1' },
    },
    server('e2e', ['<rootDir>/test/**/*.e2e-spec.ts'], {
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/web/'],
    }),
    require('./test/esdb/jest.project.js'),
    server('browser', ['<rootDir>/test/web/**/*.e2e-spec.ts'], {
      globalSetup: '<rootDir>/test/web/chromium-setup.ts',
      globalTeardown: '<rootDir>/test/web/chromium-teardown.ts',
    }),
  ],
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  testTimeout: 60_000,
};
