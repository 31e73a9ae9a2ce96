// The e2e-esdb project (jest.project.js): test/support/test-app.ts builds the app on the
// EventStoreDB adapter over its in-process stand-in client instead of on SQLite.
process.env.LEDGER_TEST_STORE = 'esdb-standin';
