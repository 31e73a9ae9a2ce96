import { availableParallelism } from 'node:os';
import type { ApiBenchConfig, LineName } from './config';
import { CHECKIN_ACTIVITIES, SIGNUP_QUOTA } from './journey-fixture';
import { type LineFigures, mediansTable, SECTION_HEADING, type Verdict } from './report';

export interface DocInput {
  readonly config: ApiBenchConfig;
  readonly figures: Map<LineName, LineFigures>;
  readonly verdicts: readonly Verdict[];
  readonly startedAt: Date;
  readonly machine: string;
  readonly autocannonVersion: string;
  /** `git describe`-like text of what was measured, e.g. `d35fad4 (uncommitted changes)`. */
  readonly revision: string;
  readonly setupSeconds: number;
  /** Median 1-minute load average at the start of the measured runs. */
  readonly medianLoad: number;
  /** The sign-ups counted after the runs (accepted against the quota), in words. */
  readonly oversubscription?: string;
}

/** When the profile below was taken (with --cpu-prof, BENCH_CPU_PROF): it describes that code. */
const PROFILED = '2026-11-29 at 8d9af08';

/**
 * What was fixed, what was tried and did not pay, and where a write's time still goes, from the
 * profiles of that date. A run that meets every target leaves it out.
 */
const CAUSES = [
  `### Where the time goes (profiled ${PROFILED}; \`BENCH_CPU_PROF=<dir>\` profiles the ledger server)`,
  '',
  'Every write run is CPU-bound on the server’s one event loop (server CPU ≈ 90–100 % of a core); the',
  'misses are CPU per request: ≈ 0.6–0.8 ms a recording and ≈ 0.5–1.0 ms a confirmation (which appends',
  'three events: the confirmation, its points and its time-bank deposit), against ≈ 0.1 ms for the',
  'ceiling. 0.3× the ceiling would need ≈ 0.3 ms a write.',
  '',
  '**Fixed, measured on this machine** (same bench, one round each, before → after):',
  '',
  '1. The activities read model recounted an activity’s confirmed records on every service event;',
  '   it now moves the count by one per status change.',
  '2. Commands read and folded the whole stream each time; `DeciderRunner` now keeps the folded state',
  '   of recent streams with their revision and reads only the events appended since (usually none),',
  '   and activities come from the same cache. Recording 895 → 1,162 req/s (1.07 → 0.80 ms CPU),',
  '   confirming 1,177 → 1,568 req/s, with 3 and 4 below.',
  '3. Offset date-times are read by hand instead of by Luxon (a property test checks both agree);',
  '   Luxon still renders the Asia/Shanghai times and dates.',
  '4. The auth guard keeps account rows until account events reach the read model, and the JWT secret is',
  '   a `KeyObject` (jsonwebtoken no longer tries it as a public key on every new token).',
  '5. The projection runner reads and writes all its checkpoints in one statement each per batch.',
  '',
  '**Tried, and did not pay here:** the event log’s writes on a `worker_threads` writer, so that the',
  'group commit’s fsync no longer blocks the event loop. With one group in flight and the next one',
  'gathering, recording measured 699–862 req/s against 555–1,231 without it, CPU per write rose',
  '(0.91–1.15 against 0.68–0.96 ms: each append now crosses threads) and p99 got worse; the one-caller',
  'store line fell below its own 0.8× target. On two cores shared with the load generator there is no',
  'spare core for the writer. It is worth trying again on a machine with one.',
  '',
  '**Where a recording’s time goes now:** the event log’s `COMMIT` with its fsync (≈ 11 % of the',
  'server’s wall time, blocking the loop), the read models’ transaction (≈ 12 %, most of it its',
  '`COMMIT` and WAL checkpoints), the HTTP pipeline and validation (≈ 10 %), the stream-revision read',
  'that keeps the fold current (≈ 5 %), decide and hash (≈ 4 %), answering from the read model (≈ 3 %).',
  'p99 follows throughput: the load is closed-loop (32 connections, each waiting for its answer), so',
  'latency ≈ 32 / throughput; p99 < 50 ms needs ≳ 1,000 req/s without stalls.',
];

/**
 * What to look at when one of the journey's lines misses its target (shown only then). The section
 * "HTTP API: the journey's lines" of docs/performance.md tells how they got where they are.
 */
const JOURNEY_CAUSES = [
  '### When the journey’s lines miss their target',
  '',
  '**Sign-up on one hot activity**: every sign-up of an activity is decided on its sign-up stream. The',
  'commands of one stream that arrive while its previous append is being written are decided together',
  'and written in one append (`DeciderRunner`, `StreamBatchQueue`), so the rate is bounded by CPU, not by',
  'one flush per sign-up; a miss on a busy machine is CPU, and the count after the runs still checks the',
  'quota. **Check-in** spreads over 100 streams and is CPU-bound like the other writes.',
];

/** The command that made the figures: `npm run bench:api` with the knobs that were set. */
const commandOf = (env: NodeJS.ProcessEnv): string =>
  [
    ...Object.entries(env)
      .filter(([name, value]) => name.startsWith('BENCH_') && value !== undefined && value !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => `${name}=${value}`),
    'npm run bench:api',
  ].join(' ');

export function docSection(input: DocInput): string {
  const { config, figures, verdicts } = input;
  const date = input.startedAt.toISOString().slice(0, 10);
  const missed = verdicts.flatMap((v) => v.checks.filter((c) => !c.ok).map((c) => `${v.line} ${c.what}`));
  const rounds = Math.max(...[...figures.values()].map((f) => f.runs));
  return [
    SECTION_HEADING,
    '',
    '```sh',
    'npm run bench:api   # builds, then node dist/bench/api/api.bench.js (about 6 minutes)',
    '```',
    '',
    `autocannon ${input.autocannonVersion} on 127.0.0.1, ${config.connections} connections, pipelining 1, ` +
      `${config.seconds} s runs, against three`,
    'servers, each a child process of the bench (the load generator has its own event loop):',
    '',
    '- **framework ceiling**: a minimal NestJS 11 app on Fastify whose POST route parses the JSON body and',
    '  answers 201 with a small JSON object, no database (`bench/api/baseline-apps.ts`);',
    '- **single insert**: the same route after one better-sqlite3 INSERT into a fresh file, WAL with',
    '  `synchronous=FULL` (one transaction and one flush per request);',
    '- **the ledger**: `dist/apps/api/src/main.js` as `npm start` runs it, on a fresh data dir,',
    '  `LEDGER_LOG_LEVEL=warn`. Set up over HTTP before measuring: an organiser of 中牟县 and an',
    `  administrator of 郑州市, a team, a project, a 30-day activity in 中牟县, ${config.volunteers.toLocaleString('en-US')}`,
    `  volunteers of 郑州市's twelve counties (${Math.round(input.setupSeconds)} s).`,
    '',
    'Lines: the two baselines get the bodies the ledger gets; **record** posts `POST /service-records` as',
    'the organiser, each request a different 20-minute session in the past, volunteers in rotation, no two',
    'sessions of a volunteer overlapping; **confirm** confirms each pending record once, as the administrator',
    'who did not record it (records of the recording runs, topped up through `POST /service-records/bulk`',
    'before a run, outside the measured time); **summary** reads `GET /volunteers/{id}/summary`, volunteers',
    'in rotation; **signup** has the organiser send `POST /activities/{id}/signups {volunteerId}`',
    `on one hot activity of 中牟县 recruiting ${SIGNUP_QUOTA} places (automatic approval), each request a different`,
    'volunteer, so most of them wait in line; once every volunteer has signed up to it the next activity',
    'takes over (on its own day); after the runs every activity’s `GET /activities/{id}/signups` is',
    'counted: accepted ≤ quota (zero oversubscription) and the quota filled before anyone waits;',
    `**checkin** has volunteer accounts (${config.checkinVolunteers}, \`BENCH_CHECKIN_VOLUNTEERS\`, each with its own token) send \`POST /check-ins {code}\``,
    `spread over ${CHECKIN_ACTIVITIES} activities in progress with check-in open and walk-ins allowed, the code being the QR`,
    'text each session shows (read again every 30 s), every (volunteer, activity) pair once. Both are set',
    'up over HTTP outside the measured time. Only 2xx answers count as throughput and latency (1 ms resolution); non-2xx answers and',
    "connection errors are counted apart. *Server CPU ms/req* is the server process's user + system time",
    'per answered request; *server CPU* is that time against the run’s length (one core = 100 %; GC and',
    'I/O threads can take it past 100 %).',
    '',
    `Measured ${date} at ${input.revision} on ${input.machine}, with \`${commandOf(process.env)}\`.`,
    `${rounds} round${rounds === 1 ? '' : 's'}, the lines taking turns within a round, after one ${config.warmupSeconds} s warm-up run of`,
    `each; **medians of the ${rounds} round${rounds === 1 ? '' : 's'}**${rounds === 1 && config.seconds < 10 ? ' (a short run: indicative figures)' : ''}. The median 1-minute load average at the start of a run was`,
    `${input.medianLoad.toFixed(2)} on ${availableParallelism()} cores${input.medianLoad > 0.5 ? ' (the machine is shared: other work ran beside the bench)' : ''}; the ≈ 29k req/s`,
    'ceiling was measured on an idle machine. Compare the ratios, which come from the',
    'same rounds.',
    '',
    mediansTable(figures, verdicts),
    '',
    missed.length ? `**Missed:** ${missed.join('; ')}.` : '**Every target met.**',
    ...(input.oversubscription
      ? ['', `**Sign-ups counted after the runs:** ${input.oversubscription}.`]
      : []),
    '',
    '**Why the design should pay.** A write is a whole command: token verified and account re-read,',
    "body validated, the volunteer's stream read and folded, the decider, the events hash-chained and",
    'appended, the answer sent once the read models include them. Its only disk flush is the event-log',
    "commit, and that is shared: the SQLite store's group commit puts every append queued in one turn of",
    'the event loop into one transaction and one flush, so the disk’s flush rate, which caps the',
    'single-insert app, does not cap the ledger. Reads need no replay: a summary is one indexed row of a',
    'SQLite read model (`readmodels.sqlite`) behind the auth guard.',
    ...(missed.some((m) => !m.startsWith('signup') && !m.startsWith('checkin')) ? ['', ...CAUSES] : []),
    ...(missed.some((m) => m.startsWith('signup') || m.startsWith('checkin')) ? ['', ...JOURNEY_CAUSES] : []),
  ].join('\n');
}
