/**
 * `npm run bench:certificates` — issuing and verifying service certificates on the real ledger
 * server (dist/apps/api/src/main.js, a child process on a fresh temp data dir, LEDGER_LOG_LEVEL=warn):
 *
 * - setup over HTTP: an administrator and an organiser of 中牟县 (410122), a registered issuer for
 *   410122, one volunteer with BENCH_RECORDS confirmed service records (recorded in bulk by the
 *   organiser over several activities, confirmed by the county administrator);
 * - issue: POST /certificates {volunteerId} as the county administrator, BENCH_ISSUES times one after
 *   another, each with a fresh Idempotency-Key: p50 / p99 / max and the credential's size;
 * - verify-number: GET /verify/{number} (JSON), BENCH_CONNECTIONS autocannon connections for
 *   BENCH_SECONDS, over the issued numbers in turn;
 * - verify-credential: POST /verify with an issued credential, likewise.
 *
 * The verification routes are public and rate-limited per address: the server is started with
 * LEDGER_PUBLIC_RATE_LIMIT=1000000 (the most the configuration accepts) a 1 s window, so the limit
 * is never reached. docs/ is not written: the table is pasted by hand.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { freemem, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, revision } from '../bench-facts';
import { table } from '../api/report';
import { type ServerProcess, startLedger } from '../api/servers';
import { envFlag, envNumber } from '../env-knobs';
import { prepareCertificates } from './fixture';

const RATE_LIMIT = '1000000';
const RATE_LIMIT_WINDOW_SECONDS = '1';

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; max: number };
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => { stop(): void };
// autocannon 8 ships CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

const log = (line: string) => console.log(line);
const int = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (value: number): string => (value < 10 ? value.toFixed(1) : Math.round(value).toString());

/** The q-quantile (0–1) of `values`, nearest rank. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface Config {
  readonly records: number;
  readonly issues: number;
  readonly seconds: number;
  readonly connections: number;
  readonly keepData: boolean;
}

function readConfig(): Config {
  return {
    records: Math.floor(envNumber('BENCH_RECORDS', 2000)),
    issues: Math.floor(envNumber('BENCH_ISSUES', 40)),
    seconds: envNumber('BENCH_SECONDS', 10),
    connections: Math.floor(envNumber('BENCH_CONNECTIONS', 8)),
    keepData: envFlag('BENCH_KEEP_DATA', false),
  };
}

interface Issued {
  readonly number: string;
  readonly credential: string;
}

interface VerifyRun {
  readonly label: string;
  readonly result: AutocannonResult;
  readonly validAtStart: boolean;
  readonly serverCpu: number;
}

function runAutocannon(
  url: string,
  connections: number,
  seconds: number,
  requests: { method: string; path: string; headers?: Record<string, string>; body?: string }[],
): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: seconds, pipelining: 1, requests, timeout: 30 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main(): Promise<void> {
  const config = readConfig();
  log('# bench:certificates — issuing and verifying service certificates');
  log('');
  log(
    `machine: ${machine()}, ${(freemem() / 1024 ** 3).toFixed(1)} GiB free, load avg ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; measuring ${revision()}`,
  );
  log(
    `knobs: BENCH_RECORDS=${config.records} BENCH_ISSUES=${config.issues} BENCH_SECONDS=${config.seconds} ` +
      `BENCH_CONNECTIONS=${config.connections}; autocannon ${AUTOCANNON_VERSION}; ` +
      `LEDGER_PUBLIC_RATE_LIMIT=${RATE_LIMIT} per ${RATE_LIMIT_WINDOW_SECONDS} s`,
  );
  log('');

  // startLedger passes this process's environment on to the server.
  process.env.LEDGER_PUBLIC_RATE_LIMIT = RATE_LIMIT;
  process.env.LEDGER_RATE_LIMIT_WINDOW_SECONDS = RATE_LIMIT_WINDOW_SECONDS;

  const tmp = mkdtempSync(join(tmpdir(), 'bench-certificates-'));
  let ledger: ServerProcess | undefined;
  let failed = false;
  try {
    const dataDir = join(tmp, 'ledger');
    mkdirSync(dataDir);
    ledger = await startLedger(dataDir);
    log(`started the ledger (pid ${ledger.pid}) on ${ledger.url}, data in ${dataDir}`);
    log('setting up over HTTP:');
    const setupStart = Date.now();
    const fixture = await prepareCertificates(ledger.url, config.records, log);
    const setupSeconds = (Date.now() - setupStart) / 1000;
    log(`setup done in ${setupSeconds.toFixed(1)} s`);

    // Issue, one after another.
    log('');
    log(`issuing ${config.issues} certificates one after another:`);
    const prefix = randomBytes(4).toString('hex');
    const issueMs: number[] = [];
    const issued: Issued[] = [];
    const issueCpuBefore = ledger.cpuSeconds();
    for (let i = 0; i < config.issues; i++) {
      const started = performance.now();
      const response = await fetch(`${ledger.url}/api/v1/certificates`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${fixture.countyAdmin.token}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-cert-${prefix}-${i}`,
        },
        body: JSON.stringify({ volunteerId: fixture.volunteerId }),
      });
      const text = await response.text();
      issueMs.push(performance.now() - started);
      if (response.status !== 201) throw new Error(`issue ${i}: ${response.status} ${text.slice(0, 500)}`);
      const document = JSON.parse(text) as { number: string; credential: unknown; records: unknown[] };
      if (i === 0) {
        log(
          `  first: ${document.number}, ${document.records.length} records, ` +
            `document ${int(Buffer.byteLength(text))} bytes`,
        );
      }
      issued.push({ number: document.number, credential: JSON.stringify(document.credential) });
    }
    const issueCpu = ledger.cpuSeconds() - issueCpuBefore;
    const credentialBytes = issued.map((c) => Buffer.byteLength(c.credential));
    log(
      `  p50 ${ms(quantile(issueMs, 0.5))} ms, p99 ${ms(quantile(issueMs, 0.99))} ms, ` +
        `max ${ms(Math.max(...issueMs))} ms; credential ${int(credentialBytes[0])} bytes`,
    );

    // Verify, under load.
    const runs: VerifyRun[] = [];
    const verifyLines = [
      {
        label: 'GET /api/v1/verify/{number} (JSON)',
        requests: issued.map((c) => ({
          method: 'GET',
          path: `/api/v1/verify/${c.number}`,
          headers: { accept: 'application/json' },
        })),
      },
      {
        label: 'POST /api/v1/verify {credential}',
        requests: issued.map((c) => ({
          method: 'POST',
          path: '/api/v1/verify',
          headers: { 'content-type': 'application/json' },
          body: c.credential,
        })),
      },
    ];
    for (const line of verifyLines) {
      log('');
      // One request first: the answer must say valid.
      const probe = line.requests[0];
      const answer = await fetch(ledger.url + probe.path, {
        method: probe.method,
        headers: probe.headers,
        body: 'body' in probe ? (probe as { body: string }).body : undefined,
      });
      const probeText = await answer.text();
      const validAtStart =
        answer.status === 200 && (JSON.parse(probeText) as { valid?: boolean }).valid === true;
      log(`${line.label}: probe ${answer.status} ${probeText.slice(0, 300)}`);
      if (!validAtStart) failed = true;
      const cpuBefore = ledger.cpuSeconds();
      const result = await runAutocannon(ledger.url, config.connections, config.seconds, line.requests);
      const serverCpu = ledger.cpuSeconds() - cpuBefore;
      runs.push({ label: line.label, result, validAtStart, serverCpu });
      const statuses = Object.entries(result.statusCodeStats)
        .map(([status, { count }]) => `${status}: ${int(count)}`)
        .join(', ');
      log(
        `  ${int(result['2xx'] / result.duration)} verifications/s, p50 ${result.latency.p50} ms, ` +
          `p99 ${result.latency.p99} ms, max ${result.latency.max} ms; statuses ${statuses}; ` +
          `errors ${result.errors}, timeouts ${result.timeouts}, ` +
          `server CPU ${Math.round((serverCpu / result.duration) * 100)} %`,
      );
      if (result.non2xx || result.errors || result.timeouts) failed = true;
    }

    log('');
    log('## bench:certificates');
    log('');
    const rows: string[][] = [
      [
        `issue: POST /api/v1/certificates (${config.issues} sequential, ${int(fixture.records)} records)`,
        `${(config.issues / (issueMs.reduce((s, v) => s + v, 0) / 1000)).toFixed(1)} issues/s`,
        ms(quantile(issueMs, 0.5)),
        ms(quantile(issueMs, 0.99)),
        ms(Math.max(...issueMs)),
        `${int((issueCpu * 1000) / config.issues)} ms/issue`,
        `credential ${int(credentialBytes[0])} B (${(credentialBytes[0] / 1024).toFixed(0)} KiB)`,
      ],
      ...runs.map((run) => [
        `verify: ${run.label}, ${config.connections} connections × ${config.seconds} s`,
        `${int(run.result['2xx'] / run.result.duration)} verifications/s`,
        ms(run.result.latency.p50),
        ms(run.result.latency.p99),
        ms(run.result.latency.max),
        `${((run.serverCpu * 1000) / Math.max(1, run.result['2xx'])).toFixed(2)} ms/req`,
        `${run.validAtStart ? 'valid' : 'NOT VALID'}; non-2xx ${int(run.result.non2xx)}, errors ${int(
          run.result.errors + run.result.timeouts,
        )}`,
      ]),
    ];
    log(table(['line', 'rate', 'p50 ms', 'p99 ms', 'max ms', 'server CPU', 'notes'], rows, [1, 2, 3, 4, 5]));
    log('');
    log(
      table(
        ['fact', 'value'],
        [
          ['machine', machine()],
          ['revision', revision()],
          [
            'load avg (1, 5, 15 min) at the end',
            loadavg()
              .map((l) => l.toFixed(2))
              .join(', '),
          ],
          ['autocannon', `${AUTOCANNON_VERSION}, pipelining 1, 127.0.0.1`],
          [
            'BENCH_RECORDS',
            `${config.records} (confirmed, over ${fixture.activities} activities of 30 days)`,
          ],
          ['BENCH_ISSUES', String(config.issues)],
          ['BENCH_SECONDS', String(config.seconds)],
          ['BENCH_CONNECTIONS', String(config.connections)],
          ['LEDGER_PUBLIC_RATE_LIMIT', `${RATE_LIMIT} per ${RATE_LIMIT_WINDOW_SECONDS} s`],
          [
            'setup',
            `${setupSeconds.toFixed(1)} s (confirmations sent again after 409: ${fixture.confirmConflicts})`,
          ],
          ['when', new Date().toISOString()],
        ],
      ),
    );
  } catch (error) {
    failed = true;
    console.error(error);
    if (ledger) console.error(`--- ledger output ---\n${ledger.output().slice(-4000)}`);
  } finally {
    if (ledger) {
      const output = ledger.output().trim();
      if (output) log(`ledger output (warnings and errors, last 2,000 characters):\n${output.slice(-2000)}`);
      const exit = await ledger.stop();
      if (exit.code !== 0 && exit.signal !== 'SIGTERM') {
        failed = true;
        console.error(`ledger exited with ${JSON.stringify(exit)}`);
      }
    }
    if (config.keepData) log(`data dir kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
