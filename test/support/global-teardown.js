const { rmSync } = require('node:fs');

module.exports = async () => {
  const dir = process.env.LEDGER_TEST_RUN_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
