/**
 * The peer, @event-driven-io/emmett-sqlite, lives in bench/peers/emmett with its own package.json
 * and lock file so that the main `npm ci` never builds its native sqlite3. It is installed on
 * demand and driven by bench/peers/emmett/driver.cjs in a child process (one per line), so that its
 * failures under load are counted rather than fatal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BenchConfig, LineName } from './config';
import { type Measurement, unavailable } from './measure';

export interface PeerInfo {
  readonly journalMode?: string;
  readonly synchronous?: string;
  readonly sqliteVersion?: string;
  readonly emmettSqlite?: string;
  readonly emmett?: string;
  readonly sqlite3?: string;
}

export interface PeerRun {
  readonly measurements: Readonly<Record<string, Measurement>>;
  readonly info?: PeerInfo;
  readonly stray?: { count: number; kinds: Record<string, number> };
  readonly loggedByPeer?: number;
}

/** bench/peers/emmett, found from this file whether it runs from dist/ or from the sources. */
export function peerDir(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'bench', 'peers', 'emmett');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  const fromCwd = resolve('bench', 'peers', 'emmett');
  return existsSync(join(fromCwd, 'package.json')) ? fromCwd : undefined;
}

/** Installs the peer from its lock file when its node_modules is missing. Returns why it cannot run, if so. */
export function ensurePeerInstalled(dir: string): string | undefined {
  const marker = join(dir, 'node_modules', '@event-driven-io', 'emmett-sqlite', 'package.json');
  if (existsSync(marker)) return undefined;
  const prefix = join('bench', 'peers', 'emmett');
  console.log(`peer: ${dir}/node_modules is missing — installing it: npm ci --prefix ${prefix}`);
  console.log('peer: (sqlite3 builds from source; this takes a minute or two, once)');
  const started = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', dir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(marker)) {
    return `npm ci --prefix ${prefix} failed (${result.error?.message ?? `exit ${result.status}`})`;
  }
  console.log(`peer: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return undefined;
}

/** Runs one line of the peer in a child process; never throws. */
export function runPeerLine(
  dir: string,
  line: LineName,
  config: BenchConfig,
  cap: number,
  timeoutSeconds: number,
): Promise<PeerRun | { failed: string }> {
  const options = {
    line,
    generator: join(__dirname, 'events.js'),
    seconds: config.lineSeconds,
    readSeconds: config.readSeconds,
    cap,
    concurrency: config.concurrency,
    batchSize: config.batchSize,
    streams: config.streams,
    replayEvents: config.peerReplayEvents,
  };
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(dir, 'driver.cjs'), JSON.stringify(options)], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ failed: `could not start the peer driver: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const resultLine = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (resultLine) {
        resolvePromise(JSON.parse(resultLine.slice('RESULT '.length)) as PeerRun);
        return;
      }
      const failedLine = stdout.split('\n').find((l) => l.startsWith('FAILED '));
      const reason = failedLine
        ? (JSON.parse(failedLine.slice('FAILED '.length)) as { message: string }).message.split('\n')[0]
        : signal
          ? `killed by ${signal}${signal === 'SIGKILL' ? ` after ${timeoutSeconds} s` : ''}`
          : `exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      resolvePromise({ failed: reason });
    });
  });
}

export const peerMeasurement = (run: PeerRun | { failed: string }, name: string): Measurement =>
  'failed' in run
    ? unavailable(`peer failed: ${run.failed}`)
    : (run.measurements[name] ?? unavailable('no figure'));
