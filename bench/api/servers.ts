import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BaselineName } from './baseline-apps';

/** The built server, as `npm start` runs it (this file lives in dist/bench/api once built). */
export const LEDGER_MAIN = join(__dirname, '..', '..', 'apps', 'api', 'src', 'main.js');
const BASELINE_MAIN = join(__dirname, 'baseline-apps.js');

export const ADMIN_PASSWORD = 'bench-admin-password-1';

let clockTicks: number | undefined;

/** utime + stime of a process from /proc/<pid>/stat, in seconds (Linux only; NaN elsewhere). */
export function cpuSecondsOf(pid: number): number {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return NaN;
  }
}

export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** The last 64 KiB of the child's stdout and stderr. */
  output(): string;
  /** CPU time (user + system, all threads) the process has used so far, in seconds; NaN off Linux. */
  cpuSeconds(): number;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * A free port of 127.0.0.1. The ledger logs its "listening" line at info level, which the bench
 * turns off (LEDGER_LOG_LEVEL=warn, so that the per-request log line costs nothing): the bench
 * therefore picks the port itself and waits for /health instead of parsing the log.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  timeoutMs = 120_000,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 65_536) output = output.slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) throw new Error(`${name} exited during start (${JSON.stringify(exit)}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer ${readyPath} within ${timeoutMs / 1000} s:\n${output}`);
    }
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    name,
    url,
    pid: child.pid!,
    output: () => output,
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    stop: async (graceMs = 30_000) => {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** The real ledger server (dist/apps/api/src/main.js) on a fresh data dir. */
export async function startLedger(dataDir: string, cpuProfDir?: string): Promise<ServerProcess> {
  if (!existsSync(LEDGER_MAIN)) throw new Error(`${LEDGER_MAIN} is missing: run "npm run build" first`);
  const port = await freePort();
  const flags = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  return startChild(
    'ledger',
    [...flags, LEDGER_MAIN],
    {
      ...process.env,
      LEDGER_DATA_DIR: dataDir,
      LEDGER_HOST: '127.0.0.1',
      LEDGER_PORT: String(port),
      LEDGER_LOG_LEVEL: 'warn',
      LEDGER_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LEDGER_ADMIN_REGION: '410000',
      LEDGER_SCRYPT_LOG2_COST: '10',
      LEDGER_STORE: 'sqlite',
    },
    port,
    '/health',
  );
}

/** One of the two minimal Nest + Fastify apps of baseline-apps.ts. */
export async function startBaseline(name: BaselineName, sqliteFile?: string): Promise<ServerProcess> {
  if (!existsSync(BASELINE_MAIN)) throw new Error(`${BASELINE_MAIN} is missing: run "npm run build" first`);
  const port = await freePort();
  return startChild(
    name,
    [BASELINE_MAIN, name, String(port), ...(sqliteFile ? [sqliteFile] : [])],
    process.env,
    port,
    '/health',
  );
}
