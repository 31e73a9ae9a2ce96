/**
 * `npm run bench:redemptions` — redemption throughput under contention: one hot benefit, many
 * volunteers, on the real ledger server (dist/apps/api/src/main.js, a child process on a fresh temp
 * data dir, LEDGER_LOG_LEVEL=warn), loaded by autocannon from this process (32 connections,
 * pipelining 1, 127.0.0.1 only):
 *
 * - redeem-hot: POST /redemptions as the county administrator on behalf of volunteers in rotation,
 *   each request a fresh Idempotency-Key, all for the one hot benefit: every request appends to that
 *   benefit's stream, so they contend on it;
 * - redeem-capture: each connection holds (as above) and then captures that hold, in turn;
 * - redeem-spread: as redeem-hot, but over BENCH_SPREAD_BENEFITS (50) benefits in rotation.
 *
 * After every run the benefits are read back: stockLeft + held + captured = stock, held = the 201s
 * seen for the benefit − the captures seen, captured = the captures seen. Requests still in flight
 * when a run stops are settled first (a hold is sent again with its key, which answers what the first
 * one did; a capture is sent again), and so is every capture refused with 409, as a venue would retry
 * it (the redemption's status is read first and reported), so the counts are exact. PASS/FAIL is printed.
 * docs/performance.md is not written: the section is pasted by hand.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { freemem, loadavg } from 'node:os';
import { join } from 'node:path';
import { machine, revision } from '../bench-facts';
import { type Client } from '../api/ledger-fixture';
import { median, table } from '../api/report';
import { type ServerProcess, startLedger } from '../api/servers';
import { LINES, type LineName, readConfig, type RedemptionBenchConfig } from './config';
import { BENEFIT_STOCK, prepareRedemptions, type RedemptionFixture } from './fixture';
import { type LoadResult, runLoad, type Step } from './load';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

const LABELS: Record<LineName, string> = {
  'redeem-hot': 'redeem-hot: hold, 1 hot benefit',
  'redeem-capture': 'redeem-capture: hold then capture, 1 hot benefit',
  'redeem-spread': 'redeem-spread: hold, 50 benefits',
};

const log = (line: string) => console.log(line);
const int = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (value: number): string => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
const pct = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)} %` : '—');

/** What a request that got no answer was, so that it can be settled after the run. */
interface Unanswered {
  readonly kind: 'hold' | 'capture';
  readonly benefitId: string;
  readonly key?: string;
  readonly body?: string;
  readonly redemptionId?: string;
}

/** Holds (201) and captures (200) seen per benefit, over every run of the bench. */
class Tally {
  readonly holds = new Map<string, number>();
  readonly captures = new Map<string, number>();
  add(map: Map<string, number>, benefitId: string) {
    map.set(benefitId, (map.get(benefitId) ?? 0) + 1);
  }
}

const REDEMPTION_ID = /"id":"([^"]+)"/;

/** The steps a connection of `line` repeats, and the requests it left unanswered. */
function stepsOf(
  line: LineName,
  fixture: RedemptionFixture,
  tally: Tally,
  unanswered: Map<string, Unanswered>,
  refusedCaptures: Unanswered[],
): Step[] {
  const prefix = randomBytes(4).toString('hex');
  let sent = 0;
  let volunteer = 0;
  const benefitFor = (n: number): string =>
    line === 'redeem-spread'
      ? fixture.spreadBenefitIds[n % fixture.spreadBenefitIds.length]
      : fixture.hotBenefitId;
  const hold: Step = {
    kind: 'hold',
    build: (context) => {
      const n = sent++;
      const benefitId = benefitFor(n);
      const key = `bench-${prefix}-${n}`;
      const volunteerId = fixture.volunteers[volunteer++ % fixture.volunteers.length];
      const body = JSON.stringify({ benefitId, volunteerId });
      context.token = key;
      context.benefitId = benefitId;
      context.redemptionId = undefined;
      unanswered.set(key, { kind: 'hold', benefitId, key, body });
      return { method: 'POST', path: '/api/v1/redemptions', headers: { 'idempotency-key': key }, body };
    },
    answered: (status, body, context) => {
      unanswered.delete(context.token as string);
      if (status !== 201) return;
      tally.add(tally.holds, context.benefitId as string);
      context.redemptionId = REDEMPTION_ID.exec(body)?.[1];
    },
  };
  if (line !== 'redeem-capture') return [hold];
  const capture: Step = {
    kind: 'capture',
    build: (context) => {
      const redemptionId = context.redemptionId;
      if (typeof redemptionId !== 'string') return null; // the hold was refused: hold again
      const token = `capture-${redemptionId}`;
      context.token = token;
      unanswered.set(token, { kind: 'capture', benefitId: context.benefitId as string, redemptionId });
      return { method: 'POST', path: `/api/v1/redemptions/${redemptionId}/capture` };
    },
    answered: (status, _body, context) => {
      const token = context.token as string;
      const request = unanswered.get(token);
      unanswered.delete(token);
      if (status === 200) tally.add(tally.captures, context.benefitId as string);
      // A refused capture (409 under contention) is retried after the run, as a venue would retry it.
      else if (request) refusedCaptures.push(request);
    },
  };
  return [hold, capture];
}

/**
 * Requests in flight when the run stopped (or that timed out) may still have taken effect. A hold is
 * sent again with the same Idempotency-Key: the server answers what it did (or does it now); a
 * capture's redemption is read. Returns how many were settled, by outcome.
 */
async function settleUnanswered(
  fixture: RedemptionFixture,
  tally: Tally,
  unanswered: Map<string, Unanswered>,
  refusedCaptures: readonly Unanswered[],
): Promise<Record<string, number>> {
  const outcomes: Record<string, number> = {};
  const note = (what: string) => (outcomes[what] = (outcomes[what] ?? 0) + 1);
  if (!unanswered.size && !refusedCaptures.length) return outcomes;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const client = fixture.countyAdmin;
  for (const request of refusedCaptures) {
    // What the refusal left: the redemption's own status, then the venue's retry of the capture.
    const before = await client.send('GET', `/api/v1/redemptions/${request.redemptionId}`);
    const retry = await client.send('POST', `/api/v1/redemptions/${request.redemptionId}/capture`);
    note(`refused capture read ${String(before.body?.status ?? before.status)}, retry ${retry.status}`);
    if (retry.status === 200) tally.add(tally.captures, request.benefitId);
  }
  for (const request of [...unanswered.values()]) {
    if (request.kind === 'hold') {
      const response = await fetch(`${client.baseUrl}/api/v1/redemptions`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${client.token}`,
          'content-type': 'application/json',
          'idempotency-key': request.key!,
        },
        body: request.body,
      });
      const text = await response.text();
      note(`hold in flight at the stop, sent again: ${response.status}`);
      if (response.status === 201) tally.add(tally.holds, request.benefitId);
      void text;
    } else {
      // The same capture again: a capture of a captured redemption answers 200 and finishes its settling.
      const answer = await client.send('POST', `/api/v1/redemptions/${request.redemptionId}/capture`);
      note(`capture in flight at the stop, sent again: ${answer.status}`);
      if (answer.status === 200) tally.add(tally.captures, request.benefitId);
    }
  }
  unanswered.clear();
  return outcomes;
}

interface Consistency {
  readonly ok: boolean;
  readonly lines: string[];
}

/** Reads the benefits back and checks them against what the bench saw. */
async function verify(admin: Client, benefitIds: readonly string[], tally: Tally): Promise<Consistency> {
  const lines: string[] = [];
  let ok = true;
  let stock = 0;
  let left = 0;
  let held = 0;
  let captured = 0;
  let holds = 0;
  let captures = 0;
  for (const id of benefitIds) {
    const benefit = await admin.ok('GET', `/api/v1/benefits/${id}`);
    const seenHolds = tally.holds.get(id) ?? 0;
    const seenCaptures = tally.captures.get(id) ?? 0;
    const checks = [
      benefit.stockLeft + benefit.held + benefit.captured === benefit.stock,
      benefit.held === seenHolds - seenCaptures,
      benefit.captured === seenCaptures,
    ];
    stock += benefit.stock;
    left += benefit.stockLeft;
    held += benefit.held;
    captured += benefit.captured;
    holds += seenHolds;
    captures += seenCaptures;
    if (!checks.every(Boolean)) {
      ok = false;
      lines.push(
        `  ${id}: stock ${benefit.stock}, stockLeft ${benefit.stockLeft}, held ${benefit.held}, ` +
          `captured ${benefit.captured}; 201s seen ${seenHolds}, captures seen ${seenCaptures}`,
      );
    }
  }
  lines.unshift(
    `${ok ? 'PASS' : 'FAIL'}  ${benefitIds.length} benefit(s): stockLeft ${int(left)} + held ${int(held)} + ` +
      `captured ${int(captured)} = ${int(left + held + captured)} (stock ${int(stock)}); ` +
      `201s ${int(holds)} = held + captured ${int(held + captured)}; captures answered 200: ${int(captures)} = captured ${int(captured)}`,
  );
  return { ok, lines };
}

interface Run {
  readonly line: LineName;
  readonly round: number;
  readonly result: LoadResult;
  readonly load: number;
  readonly serverCpu: number;
  readonly clientCpu: number;
}

const kindCount = (result: LoadResult, kind: string, status?: (s: string) => boolean): number =>
  Object.entries(result.answers[kind] ?? {})
    .filter(([what]) => (status ? status(what) : true))
    .reduce((sum, [, n]) => sum + n, 0);
const holdsOk = (r: LoadResult) => kindCount(r, 'hold', (w) => w === '201');
const holdAttempts = (r: LoadResult) => kindCount(r, 'hold');
const holdConflicts = (r: LoadResult) => kindCount(r, 'hold', (w) => w.startsWith('409'));
const capturesOk = (r: LoadResult) => kindCount(r, 'capture', (w) => w === '200');
const answered = (r: LoadResult) => r.ok + r.non2xx;
const cpuPerRequest = (run: Run) => (run.serverCpu * 1000) / Math.max(1, answered(run.result));

/** Non-2xx answers by kind, status and code, e.g. "hold 409 CONFLICT: 1,234". */
function refusals(results: readonly LoadResult[]): string {
  const counts: Record<string, number> = {};
  for (const result of results)
    for (const [kind, whats] of Object.entries(result.answers))
      for (const [what, n] of Object.entries(whats))
        if (!what.startsWith('2')) counts[`${kind} ${what}`] = (counts[`${kind} ${what}`] ?? 0) + n;
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([what, n]) => `${what}: ${int(n)}`).join('; ') : 'none';
}

function describe(run: Run): string {
  const r = run.result;
  return (
    `${int(r.rate).padStart(6)} req/s 2xx (${int(holdsOk(r) / r.seconds)} holds/s, ${int(capturesOk(r) / r.seconds)} captures/s), ` +
    `p50 ${r.p50} ms, p99 ${r.p99} ms, 409 ${pct((holdConflicts(r) / Math.max(1, holdAttempts(r))) * 100)} of holds, ` +
    `non-2xx: ${refusals([r])}, errors ${r.errors}, timeouts ${r.timeouts}, ` +
    `server CPU ${Math.round((run.serverCpu / r.seconds) * 100)} % (${cpuPerRequest(run).toFixed(2)} ms/req), load ${run.load.toFixed(2)}`
  );
}

function mediansTable(runs: readonly Run[]): string {
  const rows = LINES.flatMap((line) => {
    const own = runs.filter((run) => run.line === line);
    if (!own.length) return [];
    const results = own.map((run) => run.result);
    const attempts = results.reduce((s, r) => s + holdAttempts(r), 0);
    const conflicts = results.reduce((s, r) => s + holdConflicts(r), 0);
    return [
      [
        LABELS[line],
        int(median(results.map((r) => r.rate))),
        int(median(results.map((r) => holdsOk(r) / r.seconds))),
        line === 'redeem-capture' ? int(median(results.map((r) => capturesOk(r) / r.seconds))) : '—',
        ms(median(results.map((r) => r.p50))),
        ms(median(results.map((r) => r.p99))),
        `${pct((conflicts / Math.max(1, attempts)) * 100)} (${int(conflicts)} of ${int(attempts)})`,
        refusals(results),
        int(results.reduce((s, r) => s + r.errors + r.timeouts, 0)),
        median(own.map(cpuPerRequest)).toFixed(2),
        `${Math.round(median(own.map((run) => (run.serverCpu / run.result.seconds) * 100)))} %`,
      ],
    ];
  });
  return table(
    [
      'line',
      'req/s (2xx)',
      'holds/s (201)',
      'captures/s (200)',
      'p50 ms',
      'p99 ms',
      '409 share of holds (all rounds)',
      'non-2xx by request, status and code (all rounds)',
      'errors',
      'server CPU ms/req',
      'server CPU',
    ],
    rows,
    [1, 2, 3, 4, 5, 8, 9, 10],
  );
}

async function measure(
  line: LineName,
  round: number,
  seconds: number,
  config: RedemptionBenchConfig,
  ledger: ServerProcess,
  fixture: RedemptionFixture,
  tally: Tally,
): Promise<Run> {
  const unanswered = new Map<string, Unanswered>();
  const refusedCaptures: Unanswered[] = [];
  const steps = stepsOf(line, fixture, tally, unanswered, refusedCaptures);
  const load = loadavg()[0];
  const serverBefore = ledger.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const result = await runLoad({
    url: ledger.url,
    connections: config.connections,
    seconds,
    token: fixture.countyAdmin.token!,
    steps,
  });
  const serverCpu = ledger.cpuSeconds() - serverBefore;
  const client = process.cpuUsage(clientBefore);
  const run: Run = {
    line,
    round,
    result,
    load,
    serverCpu,
    clientCpu: (client.user + client.system) / 1e6,
  };
  const settled = await settleUnanswered(fixture, tally, unanswered, refusedCaptures);
  const what = Object.entries(settled)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  log(`  ${line.padEnd(14)} ${describe(run)}${what ? `\n      after the run: ${what}` : ''}`);
  return run;
}

/** The partner's redemptions of today (Asia/Shanghai), counted by status (and refusal code). */
async function redemptionsByStatus(fixture: RedemptionFixture): Promise<string> {
  const answer = await fixture.admin.send('GET', `/api/v1/partners/${fixture.partnerId}/redemptions`);
  if (answer.status !== 200) return `listing failed: ${answer.status}`;
  const counts: Record<string, number> = {};
  for (const item of answer.body.items as { status: string; failure?: { code?: string } | null }[]) {
    const what = item.status === 'failed' && item.failure?.code ? `failed ${item.failure.code}` : item.status;
    counts[what] = (counts[what] ?? 0) + 1;
  }
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([what, n]) => `${what} ${int(n)}`)
    .join(', ');
}

async function main(): Promise<void> {
  const config = readConfig();
  log('# bench:redemptions — redemption throughput under contention (one hot benefit, many volunteers)');
  log('');
  log(
    `machine: ${machine()}, ${(freemem() / 1024 ** 3).toFixed(1)} GiB free, load avg ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; measuring ${revision()}`,
  );
  log(
    `autocannon ${AUTOCANNON_VERSION}: ${config.connections} connections, ${config.seconds} s a run, ` +
      `${config.rounds} rounds, ${config.warmupSeconds} s warm-up per line, lines ${[...config.only].join(', ')}; ` +
      `${config.volunteers} volunteers × ${config.serviceHours} h of confirmed service, ` +
      `${config.spreadBenefits} spread benefits, ${config.pointsCost} point(s) a redemption, stock ${int(BENEFIT_STOCK)} a benefit`,
  );
  log('');

  const tmp = mkdtempSync(join(config.tmpDir, 'bench-redemptions-'));
  let ledger: ServerProcess | undefined;
  let failed = false;
  try {
    const dataDir = join(tmp, 'ledger');
    mkdirSync(dataDir);
    if (config.cpuProfDir) mkdirSync(config.cpuProfDir, { recursive: true });
    ledger = await startLedger(dataDir, config.cpuProfDir);
    log(`started the ledger (pid ${ledger.pid}) on ${ledger.url}, data in ${dataDir}`);
    log('setting up over HTTP:');
    const setupStart = Date.now();
    const fixture = await prepareRedemptions(
      ledger.url,
      {
        volunteers: config.volunteers,
        spreadBenefits: config.spreadBenefits,
        pointsCost: config.pointsCost,
        serviceHours: config.serviceHours,
      },
      log,
    );
    log(
      `setup done in ${((Date.now() - setupStart) / 1000).toFixed(1)} s; ` +
        `a volunteer has ${fixture.pointsPerVolunteer} points available`,
    );

    const tally = new Tally();
    const lines = LINES.filter((line) => config.only.has(line));
    const benefitsOf = (line: LineName) =>
      line === 'redeem-spread' ? fixture.spreadBenefitIds : [fixture.hotBenefitId];
    const checks: { when: string; consistency: Consistency }[] = [];
    const check = async (when: string, benefitIds: readonly string[]) => {
      const consistency = await verify(fixture.admin, benefitIds, tally);
      checks.push({ when, consistency });
      for (const line of consistency.lines) log(`    ${line}`);
    };

    if (config.warmupSeconds > 0) {
      log('');
      log(`warm-up (${config.warmupSeconds} s a line, not counted)`);
      for (const line of lines) {
        await measure(line, 0, config.warmupSeconds, config, ledger, fixture, tally);
        await check(`warm-up ${line}`, benefitsOf(line));
      }
    }
    const runs: Run[] = [];
    for (let round = 1; round <= config.rounds; round++) {
      log('');
      log(`round ${round} of ${config.rounds}`);
      for (const line of lines) {
        runs.push(await measure(line, round, config.seconds, config, ledger, fixture, tally));
        await check(`round ${round} ${line}`, benefitsOf(line));
      }
    }

    log('');
    log('after the last run:');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await check('end', [fixture.hotBenefitId, ...fixture.spreadBenefitIds]);
    log(`  the partner's redemptions by status: ${await redemptionsByStatus(fixture)}`);

    log('');
    log(`## medians of ${config.rounds} rounds`);
    log('');
    log(mediansTable(runs));
    log('');
    const bad = checks.filter((c) => !c.consistency.ok);
    log(
      bad.length
        ? `consistency: FAIL after ${bad.map((c) => c.when).join(', ')}`
        : `consistency: PASS after every run (${checks.length} checks): stockLeft + held + captured = stock, ` +
            `201s = held + captured, captures = captured`,
    );
    if (bad.length) failed = true;
    log(
      `load avg at the start of the runs: median ${median(runs.map((r) => r.load)).toFixed(2)}; ` +
        `autocannon CPU median ${Math.round(median(runs.map((r) => (r.clientCpu / r.result.seconds) * 100)))} %`,
    );
    log(`machine: ${machine()}; ${revision()}; ${new Date().toISOString()}`);
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
    if (config.cpuProfDir) log(`ledger CPU profile written to ${config.cpuProfDir}`);
    if (config.keepData) log(`data dir kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
