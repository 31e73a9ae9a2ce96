// One folder per test run for fixtures that are made once and copied (the demo ledger): workers
// find it through LEDGER_TEST_RUN_DIR, which they inherit from this process.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  process.env.LEDGER_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), 'ledger-test-run-'));
};
