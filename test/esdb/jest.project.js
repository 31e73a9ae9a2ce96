/**
 * The "e2e-esdb" jest project: end-to-end files that run a second time with the whole app on the
 * EventStoreDB adapter (libs/event-store/src/esdb) over its in-process stand-in client
 * (fake-esdb-client.ts), instead of on SQLite. Same transform and setup as the "e2e" project, plus
 * use-esdb-standin.ts, which sets LEDGER_TEST_STORE for test/support/test-app.ts.
 *
 * The stand-in is no substitute for a real EventStoreDB (its contract suite runs against one when
 * ESDB_CONNECTION_STRING is set); it shows that the app keeps its promises on the adapter's logic.
 *
 * Include it in the jest configuration's "projects" by path: "<rootDir>/test/esdb/jest.project.js".
 */
const { join } = require('node:path');

module.exports = {
  displayName: 'e2e-esdb',
  testEnvironment: 'node',
  rootDir: join(__dirname, '..', '..'),
  testMatch: [
    '<rootDir>/test/foundation/accounts.e2e-spec.ts',
    '<rootDir>/test/volunteering/service-records.e2e-spec.ts',
    '<rootDir>/test/redemptions/redemptions.e2e-spec.ts',
  ],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@ledger/([a-z-]+)(/.*)?$': '<rootDir>/libs/$1/src$2',
  },
  setupFiles: ['<rootDir>/test/jest.setup.ts', '<rootDir>/test/esdb/use-esdb-standin.ts'],
};
