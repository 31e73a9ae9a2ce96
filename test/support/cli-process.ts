import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_NOW } from './test-clock';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`npm run cli --` runs the same file) against a data dir. */
export function runCli(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: {
      ...process.env,
      LEDGER_DATA_DIR: dataDir,
      LEDGER_SCRYPT_LOG2_COST: '8',
      // The tests' fixed date, unless the test gives its own: no test depends on the day it runs.
      LEDGER_CLOCK_START: TEST_NOW,
      ...env,
    },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
