import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli-process';
import { temporaryDataDir } from '../support/test-app';

const API_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');
const CONFIG_SOURCE = join(__dirname, '..', '..', 'libs', 'application', 'src', 'config', 'ledger-config.ts');

interface Exit {
  readonly code: number | null;
  readonly output: string;
}

/** The parent's environment without any LEDGER_* of its own (jest.setup.ts sets one). */
const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LEDGER_')));

/**
 * Starts the built server (`npm start` runs the same file) and waits for it to exit. A server that
 * starts listening instead is stopped at once, so the test fails on its exit code, not a timeout.
 */
function startServerExpectingExit(env: Record<string, string>): Promise<Exit> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npm run build" first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [API_MAIN], {
      env: { ...cleanEnv(), LEDGER_HOST: '127.0.0.1', LEDGER_PORT: '0', LEDGER_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"listening"')) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** The problem lines of a refused configuration ("  - LEDGER_X must ..."), by variable. */
const namedIn = (output: string): string[] =>
  [...output.matchAll(/^ {2}- (LEDGER_[A-Z0-9_]+) /gm)].map((match) => match[1]).sort();

/** Secrets a refusal must not print back (a connection string may carry a password). */
const SECRETS = ['pw-7chr', 'jwt-secret-too-short-31-chars!!', 'store-secret-9'];

/** One bad value for every variable the configuration checks; each is outside its rule just so. */
const ALL_BAD: Record<string, string> = {
  LEDGER_HOST: 'no such host!',
  LEDGER_PORT: '65536',
  LEDGER_STORE: 'postgres://ledger:store-secret-9@db/ledger',
  LEDGER_ADMIN_PASSWORD: 'pw-7chr',
  LEDGER_ADMIN_REGION: '41000',
  LEDGER_PUBLIC_URL: 'ftp://ledger.example.org',
  LEDGER_JWT_SECRET: 'jwt-secret-too-short-31-chars!!',
  LEDGER_TOKEN_TTL_SECONDS: '59',
  LEDGER_LOGIN_FAILURE_LIMIT: '0',
  LEDGER_PUBLIC_RATE_LIMIT: 'lots',
  LEDGER_RATE_LIMIT_WINDOW_SECONDS: '86401',
  LEDGER_LOG_LEVEL: 'verbose',
  LEDGER_REDEMPTION_HOLD_MINUTES: '1441',
  LEDGER_REDEMPTION_CODE_MINUTES: '61',
  LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS: '-1',
  LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS: '1.5',
  LEDGER_TIME_BANK_RECOVERY_INTERVAL_SECONDS: '0x10',
  LEDGER_SCRYPT_LOG2_COST: '7',
  LEDGER_CLOCK_START: '2026-12-07T09:00',
  LEDGER_WEBHOOK_ALLOW_HOSTS: '127.0.0.1,https://sms-gw.internal',
};

/** Variables the configuration reads but can find no fault with: any path is a data dir. */
const UNCHECKED = ['LEDGER_DATA_DIR'];

describe('a bad configuration stops the real server and the CLI: exit code 2, each variable named', () => {
  const dataDirs: string[] = [];
  /** A data dir that does not exist yet: a refused start must not create it. */
  const unusedDataDir = () => {
    const parent = temporaryDataDir('ledger-bad-config-');
    dataDirs.push(parent);
    return join(parent, 'ledger');
  };
  afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('the bad values cover every variable the configuration reads', () => {
    const source = readFileSync(CONFIG_SOURCE, 'utf8');
    const read = new Set(
      [...source.matchAll(/\benv\.(LEDGER_[A-Z0-9_]+)|'(LEDGER_[A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]),
    );
    read.delete('LEDGER_CONFIG'); // the injection token, not a variable
    expect([...Object.keys(ALL_BAD), ...UNCHECKED].sort()).toEqual([...read].sort());
  });

  it('the server, with every variable bad at once: exit 2, one line naming each, no secret repeated, nothing created', async () => {
    const dataDir = unusedDataDir();
    const { code, output } = await startServerExpectingExit({ ...ALL_BAD, LEDGER_DATA_DIR: dataDir });
    expect({ code, named: namedIn(output) }).toEqual({ code: 2, named: Object.keys(ALL_BAD).sort() });
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    expect(output).not.toContain('"msg":"listening"');
    expect(existsSync(dataDir)).toBe(false);
  });

  // One start per kind of rule (the unit tests hold every value of every variable), each bad on
  // its own: a single fault is enough to stop the start, and nothing else is blamed.
  it.each([
    ['a whole number out of its range', 'LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS', '86401'],
    ['a text too short', 'LEDGER_ADMIN_PASSWORD', 'seven-7'],
    ['a value not in its list', 'LEDGER_LOG_LEVEL', 'loud'],
    ['a malformed value', 'LEDGER_HOST', 'http://localhost'],
  ])('the server, with %s (%s=%s) alone: exit 2, naming that variable only', async (_, variable, value) => {
    const dataDir = unusedDataDir();
    const { code, output } = await startServerExpectingExit({ [variable]: value, LEDGER_DATA_DIR: dataDir });
    expect({ code, named: namedIn(output) }).toEqual({ code: 2, named: [variable] });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('the CLI, with every variable bad at once: exit 2, one line naming each, no secret repeated', () => {
    const dataDir = unusedDataDir();
    const { code, stdout, stderr } = runCli(dataDir, ['verify-chain'], ALL_BAD);
    expect({ code, named: namedIn(stderr) }).toEqual({ code: 2, named: Object.keys(ALL_BAD).sort() });
    for (const secret of SECRETS) expect(stdout + stderr).not.toContain(secret);
    expect(existsSync(dataDir)).toBe(false);
  });

  // Two variables are read by one CLI command each, as a way to keep a password out of the shell's
  // history; a bad one stops that command, naming it.
  it.each([
    [
      'LEDGER_NEW_PASSWORD',
      ['accounts', 'create', '-u', 'new.user', '-r', 'organiser', '--region', '410100'],
    ],
    ['LEDGER_DEMO_PASSWORD', ['demo']],
  ])('the CLI, with %s too short: exit 2, naming it, nothing written', (variable, args) => {
    const dataDir = temporaryDataDir('ledger-bad-config-');
    dataDirs.push(dataDir);
    const { code, stderr } = runCli(dataDir, args, { [variable]: 'seven-7' });
    expect({ code, stderr: stderr.trim() }).toEqual({
      code: 2,
      stderr: expect.stringMatching(new RegExp(`\\(${variable}\\) needs at least 8 characters$`)),
    });
    const events = runCli(dataDir, ['verify-chain']);
    expect(events.stdout + events.stderr).toMatch(/\b0 events\b/);
  });

  it('every LEDGER_ variable the apps and libs read is tested here', () => {
    const sources = [join(ROOT, 'apps'), join(ROOT, 'libs')].flatMap((dir) => sourceFiles(dir));
    const read = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /process\.env\.(LEDGER_[A-Z0-9_]+)|\benv\.(LEDGER_[A-Z0-9_]+)|'(LEDGER_[A-Z0-9_]+)'/g,
      ))
        read.add(m[1] ?? m[2] ?? m[3]);
    }
    read.delete('LEDGER_CONFIG'); // the injection token, not a variable
    expect([...read].sort()).toEqual(
      [...Object.keys(ALL_BAD), ...UNCHECKED, 'LEDGER_NEW_PASSWORD', 'LEDGER_DEMO_PASSWORD'].sort(),
    );
  });
});

const ROOT = join(__dirname, '..', '..');

/** The TypeScript sources under a folder, without specs and the console (it reads no variable). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'web' && dir.endsWith('apps') ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}
