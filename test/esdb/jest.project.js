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
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const FILES = [
  'test/foundation/accounts.e2e-spec.ts',
  'test/volunteering/service-records.e2e-spec.ts',
  'test/redemptions/redemptions.e2e-spec.ts',
];
// A renamed file would otherwise leave the project running fewer files, without a word.
for (const file of FILES) {
  if (!existsSync(join(root, file))) throw new Error(`test/esdb/jest.project.js names ${file}, which is gone`);
}

module.exports = {
  displayName: 'e2e-esdb',
  testEnvironment: 'node',
  rootDir: root,
  testMatch: FILES.map((file) => `<rootDir>/${file}`),
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@ledger/([a-z-]+)(/.*)?$': '<rootDir>/libs/$1/src$2',
  },
  setupFiles: ['<rootDir>/test/jest.setup.ts', '<rootDir>/test/esdb/use-esdb-standin.ts'],
};
