import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-process';
import { TEST_NOW } from './test-clock';
import { temporaryDataDir } from './test-app';

/** The demo accounts' password in every test that uses the demo ledger. */
export const DEMO_PASSWORD = 'demo-password-1';

export interface DemoLedger {
  /** A data dir of this caller's own, holding a copy of the demo ledger. */
  readonly dataDir: string;
  /** What `npm run cli -- demo` printed when it made the ledger. */
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

interface DemoRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** How long the CLI may take to make the demo; a test that uses the demo needs DEMO_TEST_TIMEOUT_MS. */
const DEMO_TIMEOUT_MS = 150_000;
const DEADLINE_MS = DEMO_TIMEOUT_MS + 10_000;
/** The jest timeout for a test that starts from the demo ledger: making it, then the test's own work. */
export const DEMO_TEST_TIMEOUT_MS = DEADLINE_MS + 120_000;

/**
 * The demo ledger, as `npm run cli -- demo` makes it on the tests' fixed date, made once per test run
 * and copied for each caller: making it takes the CLI tens of seconds, and several files start from it.
 * The first worker to ask makes it (a directory that only one can create is the lock); the others
 * wait for its result. Outside a jest run (no LEDGER_TEST_RUN_DIR) each caller makes its own.
 */
export async function demoLedger(): Promise<DemoLedger> {
  const runDir = process.env.LEDGER_TEST_RUN_DIR ?? mkdtempSync(join(tmpdir(), 'ledger-test-run-'));
  const home = join(runDir, 'demo');
  const template = join(home, 'data');
  const resultFile = join(home, 'result.json');
  let run: DemoRun;
  if (claim(home)) {
    // Whatever happens, the files waiting for the demo get an answer, not a wait to their deadline.
    run = { stdout: '', stderr: 'the demo ledger was not made', code: null };
    try {
      const made = runCli(
        template,
        ['demo', '--password', DEMO_PASSWORD],
        { LEDGER_CLOCK_START: TEST_NOW },
        DEMO_TIMEOUT_MS,
      );
      run = { stdout: made.stdout, stderr: made.stderr, code: made.code };
    } catch (error) {
      run = { ...run, stderr: `the demo ledger was not made: ${String(error)}` };
      throw error;
    } finally {
      writeFileSync(`${resultFile}.tmp`, JSON.stringify(run));
      renameSync(`${resultFile}.tmp`, resultFile);
    }
  } else {
    run = await waitForResult(resultFile);
  }
  const dataDir = temporaryDataDir('ledger-demo-');
  if (existsSync(template)) cpSync(template, dataDir, { recursive: true });
  return { dataDir, ...run };
}

function claim(home: string): boolean {
  try {
    mkdirSync(home);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function waitForResult(resultFile: string): Promise<DemoRun> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!existsSync(resultFile)) {
    if (Date.now() > deadline) throw new Error(`the demo ledger was not made within ${DEADLINE_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return JSON.parse(readFileSync(resultFile, 'utf8')) as DemoRun;
}
