/**
 * `npm run bench:api` — the HTTP API under load, beside two minimal NestJS-on-Fastify apps, in one
 * run on this machine:
 *
 * - framework ceiling: a Nest + Fastify POST route answering JSON, no database (baseline-apps.ts);
 * - single insert: the same route doing one better-sqlite3 insert (WAL, synchronous=FULL) per request;
 * - the real ledger server (dist/apps/api/src/main.js, embedded SQLite in a temp dir): recording
 *   service sessions, confirming pending records, reading volunteers' summaries, signing volunteers
 *   up on one hot activity (after the runs: no activity holds more accepted sign-ups than places),
 *   and volunteers checking in at 100 activities with check-in open (journey-fixture.ts).
 *
 * Each server is its own child process; autocannon (32 connections, pipelining 1, 127.0.0.1 only)
 * runs here, so load generator and server never share an event loop. Every line runs BENCH_SECONDS
 * (10) per round, the lines taking turns, BENCH_ROUNDS (3) rounds after one warm-up run per line;
 * the report gives medians. Only 2xx answers count; anything else is shown apart.
 * Figures, the command and the machine are recorded in docs/performance.md.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { freemem, loadavg } from 'node:os';
import { join } from 'node:path';
import { machine, revision } from '../bench-facts';
import { type ApiBenchConfig, LINES, type LineName, readConfig } from './config';
import { docSection } from './doc-section';
import {
  CHECKIN_ACTIVITIES,
  type CheckinFixture,
  CheckinRotation,
  HotActivities,
  type OversubscriptionCheck,
  prepareCheckins,
  SIGNUP_QUOTA,
} from './journey-fixture';
import {
  type LedgerFixture,
  prepareLedger,
  recordPending,
  SESSION_CONTENT,
  SessionSlots,
} from './ledger-fixture';
import { type LoadResult, type NextRequest, runLoad } from './load';
import {
  type Check,
  figuresOf,
  type LineFigures,
  LABELS,
  median,
  mediansTable,
  type Run,
  runsTable,
  verdicts,
  writeSection,
} from './report';
import { type ServerProcess, startBaseline, startLedger } from './servers';

const ROOT = join(__dirname, '..', '..', '..');
const PERFORMANCE_DOC = join(ROOT, 'docs', 'performance.md');
const LEDGER_LINES: readonly LineName[] = ['record', 'confirm', 'summary', 'signup', 'checkin'];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

const log = (line: string) => console.log(line);

/** One measured line: how to build its next request, and what it needs before a run. */
interface Line {
  readonly name: LineName;
  readonly server: ServerProcess;
  readonly token?: string;
  next(): NextRequest;
  /** Run before each run of the line (outside the measured time); returns the request cap, if any. */
  prepare?(seconds: number): Promise<number | undefined>;
  onAnswer?(status: number, body: string): void;
}

const recordBody = (slots: SessionSlots, activityId: string): string =>
  JSON.stringify({ ...slots.take(), activityId, content: SESSION_CONTENT });

const RECORD_ID = /"id":"(rec-[^"]+)"/;

/** The sign-up line's hot activities and the check-in line's sessions, for the checks after the runs. */
interface JourneyState {
  hot?: HotActivities;
  checkins?: CheckinRotation;
}

function ledgerLines(
  ledger: ServerProcess,
  fixture: LedgerFixture,
  config: ApiBenchConfig,
  rates: Map<LineName, number>,
  journey: JourneyState,
): Line[] {
  const hot = new HotActivities(fixture);
  journey.hot = hot;
  let checkinFixture: CheckinFixture | undefined;
  // Records recorded and not yet sent to confirm, oldest first: those of the recording runs, then
  // topped up in bulk before a confirming run when they would not last it.
  const pending: string[] = [];
  let cursor = 0;
  let read = 0;
  const lines: Line[] = [
    {
      name: 'record',
      server: ledger,
      token: fixture.organiser.token,
      next: () => ({
        method: 'POST',
        path: '/api/v1/service-records',
        body: recordBody(fixture.slots, fixture.activityId),
      }),
      onAnswer: (status, body) => {
        if (status !== 201) return;
        const match = RECORD_ID.exec(body);
        if (match) pending.push(match[1]);
      },
    },
    {
      name: 'confirm',
      server: ledger,
      token: fixture.confirmer.token,
      prepare: async (seconds) => {
        // Enough for the run at 1.6× the fastest write rate seen so far (at least 2,000/s).
        const expected = Math.max(rates.get('confirm') ?? 0, rates.get('record') ?? 0, 2000);
        const want = Math.ceil(expected * seconds * 1.6);
        const have = pending.length - cursor;
        if (have < want) {
          const started = Date.now();
          pending.push(...(await recordPending(fixture, want - have)));
          log(
            `  (recorded ${(want - have).toLocaleString('en-US')} pending records in bulk for confirming, ` +
              `${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
        }
        return pending.length - cursor;
      },
      next: () => {
        // Past the cap (never, with `amount`): a request that fails visibly rather than a repeat.
        if (cursor >= pending.length) {
          return { method: 'POST', path: '/api/v1/service-records/rec-none/confirm' };
        }
        return { method: 'POST', path: `/api/v1/service-records/${pending[cursor++]}/confirm` };
      },
    },
    {
      name: 'summary',
      server: ledger,
      token: fixture.admin.token,
      next: () => ({
        method: 'GET',
        path: `/api/v1/volunteers/${fixture.volunteers[read++ % fixture.volunteers.length]}/summary`,
      }),
    },
    {
      name: 'signup',
      server: ledger,
      token: fixture.organiser.token,
      prepare: async (seconds) => {
        // Hot activities enough for the run at 1.6× the fastest rate seen so far (at least 1,000/s).
        const want = Math.ceil(Math.max(rates.get('signup') ?? 0, 1000) * seconds * 1.6);
        await hot.prepare(want);
        return want;
      },
      next: () => {
        const { activityId, volunteerId } = hot.take();
        return {
          method: 'POST',
          path: `/api/v1/activities/${activityId}/signups`,
          body: JSON.stringify({ volunteerId }),
        };
      },
    },
    {
      name: 'checkin',
      server: ledger,
      prepare: async () => {
        if (!checkinFixture) {
          checkinFixture = await prepareCheckins(fixture, config.checkinVolunteers, log);
          journey.checkins = new CheckinRotation(fixture, checkinFixture);
        }
        await journey.checkins!.refresh();
        const left = journey.checkins!.capacity - journey.checkins!.used;
        if (left <= 0)
          throw new Error('every volunteer has checked in everywhere: raise BENCH_CHECKIN_VOLUNTEERS');
        return left;
      },
      next: () => {
        const next = journey.checkins!.take();
        // Past the cap (never, with `amount`): a request that fails visibly rather than a repeat.
        if (!next) return { method: 'POST', path: '/api/v1/check-ins', body: '{"code":"000000"}' };
        return {
          method: 'POST',
          path: '/api/v1/check-ins',
          body: JSON.stringify({ code: next.code }),
          token: next.token,
        };
      },
    },
  ];
  return lines.filter((line) => config.only.has(line.name));
}

interface Measured {
  readonly result: LoadResult;
  readonly serverCpu: number;
  readonly clientCpu: number;
  /** CLOCK_MONOTONIC µs at the start and end of the run: the time base of --cpu-prof profiles. */
  readonly window: readonly [bigint, bigint];
}

const monotonicMicros = (): bigint => process.hrtime.bigint() / 1000n;

async function measure(line: Line, config: ApiBenchConfig, seconds: number): Promise<Measured> {
  const amount = line.prepare ? await line.prepare(seconds) : undefined;
  const serverBefore = line.server.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const start = monotonicMicros();
  const result = await runLoad({
    url: line.server.url,
    connections: config.connections,
    seconds,
    token: line.token,
    next: () => line.next(),
    amount,
    onAnswer: line.onAnswer,
  });
  const client = process.cpuUsage(clientBefore);
  return {
    window: [start, monotonicMicros()],
    result,
    serverCpu: line.server.cpuSeconds() - serverBefore,
    clientCpu: (client.user + client.system) / 1e6,
  };
}

function describe({ result, serverCpu, window }: Measured, config: ApiBenchConfig): string {
  const odd = Object.entries(result.statuses)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
  return (
    `${Math.round(result.rate).toLocaleString('en-US').padStart(7)} req/s 2xx, p50 ${result.p50} ms, ` +
    `p99 ${result.p99} ms, non-2xx ${result.non2xx}${odd ? ` (${odd})` : ''}, errors ${result.errors + result.timeouts}` +
    `, server CPU ${Math.round((serverCpu / result.seconds) * 100)} %` +
    (result.endedEarly ? `, ${result.endedEarly}` : '') +
    (config.cpuProfDir ? ` [profile window ${window[0]}-${window[1]} µs]` : '')
  );
}

function describeOversubscription(c: OversubscriptionCheck): string {
  const int = (n: number) => n.toLocaleString('en-US');
  return (
    `${int(c.signups)} sign-ups on ${c.activities} hot activit${c.activities === 1 ? 'y' : 'ies'} of ${SIGNUP_QUOTA} places each: ` +
    `${int(c.accepted)} accepted, ${int(c.waitlisted)} waitlisted; ` +
    `${c.oversubscribed} oversubscribed, ${c.underfilled} with places left while volunteers wait ` +
    '(GET /activities/{id}/signups)'
  );
}

async function main(): Promise<void> {
  const config = readConfig();
  const startedAt = new Date();
  console.log('# bench:api — the HTTP API against the framework ceiling and one insert per request');
  console.log('');
  console.log(
    `machine: ${machine()}, ${(freemem() / 1024 ** 3).toFixed(1)} GiB free, load avg ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `autocannon ${AUTOCANNON_VERSION}: ${config.connections} connections, ${config.seconds} s a run, ${config.rounds} rounds, ` +
      `${config.warmupSeconds} s warm-up per line, lines ${[...config.only].join(', ')}, ${config.volunteers} volunteers`,
  );
  console.log('');

  const tmp = mkdtempSync(join(config.tmpDir, 'bench-api-'));
  const servers: ServerProcess[] = [];
  const started = async (server: Promise<ServerProcess>) => {
    const s = await server;
    servers.push(s);
    log(`started ${s.name} (pid ${s.pid}) on ${s.url}`);
    return s;
  };
  let failed = false;
  try {
    const needLedger = LEDGER_LINES.some((line) => config.only.has(line));
    const ceiling = config.only.has('ceiling') ? await started(startBaseline('ceiling')) : undefined;
    const single = config.only.has('single-insert')
      ? await started(startBaseline('single-insert', join(tmp, 'single-insert.sqlite')))
      : undefined;
    let fixture: LedgerFixture | undefined;
    let ledger: ServerProcess | undefined;
    let setupSeconds = 0;
    if (needLedger) {
      const dataDir = join(tmp, 'ledger');
      mkdirSync(dataDir);
      if (config.cpuProfDir) mkdirSync(config.cpuProfDir, { recursive: true });
      ledger = await started(startLedger(dataDir, config.cpuProfDir));
      const setupStart = Date.now();
      fixture = await prepareLedger(ledger.url, config.volunteers, log);
      setupSeconds = (Date.now() - setupStart) / 1000;
      if (config.keepData) log(`ledger data dir (kept): ${dataDir}`);
    }

    // The baselines get the same request bodies as the ledger's recording line.
    const windowEnd = Date.now() - 3_600_000;
    const baselineSlots = new SessionSlots(
      fixture?.volunteers ??
        Array.from({ length: config.volunteers }, (_, i) => `vol-${i.toString(16).padStart(24, '0')}`),
      windowEnd - 30 * 86_400_000,
      windowEnd,
    );
    const activityId = fixture?.activityId ?? 'act-000000000000000000000001';
    const baselineLine = (name: LineName, server: ServerProcess): Line => ({
      name,
      server,
      token: fixture?.organiser.token,
      next: () => ({
        method: 'POST',
        path: '/api/v1/service-records',
        body: recordBody(baselineSlots, activityId),
      }),
    });
    const rates = new Map<LineName, number>();
    const journey: JourneyState = {};
    const lines: Line[] = [
      ...(ceiling ? [baselineLine('ceiling', ceiling)] : []),
      ...(single ? [baselineLine('single-insert', single)] : []),
      ...(ledger && fixture ? ledgerLines(ledger, fixture, config, rates, journey) : []),
    ].sort((a, b) => LINES.indexOf(a.name) - LINES.indexOf(b.name));

    if (config.warmupSeconds > 0) {
      log('');
      log(`warm-up (${config.warmupSeconds} s a line, not counted)`);
      for (const line of lines) {
        const measured = await measure(line, config, config.warmupSeconds);
        rates.set(line.name, Math.max(rates.get(line.name) ?? 0, measured.result.rate));
        log(`  ${line.name.padEnd(13)} ${describe(measured, config)}`);
      }
    }

    const runs: Run[] = [];
    for (let round = 1; round <= config.rounds; round++) {
      log('');
      log(`round ${round} of ${config.rounds}`);
      for (const line of lines) {
        const load = loadavg()[0];
        const measured = await measure(line, config, config.seconds);
        rates.set(line.name, Math.max(rates.get(line.name) ?? 0, measured.result.rate));
        runs.push({
          line: line.name,
          round,
          load,
          result: measured.result,
          serverCpu: measured.serverCpu,
          clientCpu: measured.clientCpu,
        });
        log(`  ${line.name.padEnd(13)} ${describe(measured, config)}`);
      }
    }

    const figures = new Map<LineName, LineFigures>();
    for (const line of LINES) {
      const f = figuresOf(runs, line);
      if (f) figures.set(line, f);
    }
    // Zero oversubscription: every hot activity's sign-ups, counted as the organiser reads them.
    const extra = new Map<LineName, Check[]>();
    let oversubscription: OversubscriptionCheck | undefined;
    if (fixture && journey.hot && figures.has('signup')) {
      oversubscription = await journey.hot.check(fixture.organiser);
      extra.set('signup', [
        { what: 'accepted ≤ quota', ok: oversubscription.oversubscribed === 0 },
        { what: 'quota filled before anyone waits', ok: oversubscription.underfilled === 0 },
      ]);
    }
    const verdictList = verdicts(figures, extra);
    log('');
    log('## every run');
    log('');
    log(runsTable(runs));
    log('');
    log(`## medians of ${config.rounds} rounds`);
    log('');
    log(mediansTable(figures, verdictList));
    log('');
    for (const v of verdictList) {
      for (const check of v.checks) log(`${check.ok ? 'PASS' : 'FAIL'}  ${LABELS[v.line]}: ${check.what}`);
    }
    if (fixture) log(`(sessions handed out: ${fixture.slots.used.toLocaleString('en-US')})`);
    if (oversubscription) log(`sign-ups: ${describeOversubscription(oversubscription)}`);
    if (journey.checkins)
      log(
        `(check-ins sent: ${journey.checkins.used.toLocaleString('en-US')} over ${CHECKIN_ACTIVITIES} activities, ` +
          `${config.checkinVolunteers} volunteer accounts)`,
      );
    log('');
    log(`machine: ${machine()}`);

    const complete = LINES.every((line) => figures.has(line));
    if (config.writeDoc && complete) {
      const how = writeSection(
        PERFORMANCE_DOC,
        docSection({
          config,
          figures,
          verdicts: verdictList,
          startedAt,
          machine: machine(),
          autocannonVersion: AUTOCANNON_VERSION,
          revision: revision(),
          setupSeconds,
          medianLoad: median(runs.map((run) => run.load)),
          oversubscription: oversubscription ? describeOversubscription(oversubscription) : undefined,
        }),
      );
      log(`docs/performance.md: section ${how}`);
    } else if (config.writeDoc) {
      log('docs/performance.md left alone: only a full run (every line) is recorded there');
    }
  } catch (error) {
    failed = true;
    console.error(error);
    for (const server of servers)
      console.error(`--- ${server.name} output ---\n${server.output().slice(-4000)}`);
  } finally {
    for (const server of servers.reverse()) {
      const exit = await server.stop();
      if (exit.code !== 0 && exit.signal !== 'SIGTERM') {
        failed = true;
        console.error(`${server.name} exited with ${JSON.stringify(exit)}:\n${server.output().slice(-4000)}`);
      }
    }
    if (config.cpuProfDir) log(`ledger CPU profile written to ${config.cpuProfDir}`);
    if (!config.keepData) rmSync(tmp, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
