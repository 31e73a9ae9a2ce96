import { availableParallelism } from 'node:os';
import type { ApiBenchConfig, LineName } from './config';
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
}

/** When the causes below were found (with --cpu-prof, BENCH_CPU_PROF): they describe that code. */
const PROFILED = '2026-11-29 at a6b12e5';

/**
 * Where the time of the ledger's writes went when the targets were missed, from the profiles of that
 * date (server CPU by function, per measured run). A run that meets every target leaves it out.
 */
const CAUSES = [
  `### Where the time goes (profiled ${PROFILED}; \`BENCH_CPU_PROF=<dir>\` profiles the ledger server)`,
  '',
  'Every write run was CPU-bound (server CPU ≈ 100 % of a core) and never waited on the disk: the misses',
  'are CPU per request, ≈ 1–3 ms of server CPU a write (growing with the data) against ≈ 0.13 ms for',
  'the ceiling.',
  '',
  '1. **`confirmed_records` is recounted on every service event.** The activities projection runs',
  "   `SELECT count(*) … WHERE activity_id = ? AND status = 'confirmed'` for each recorded, confirmed, …",
  '   event (`libs/projections/src/organisation/activities.projection.ts`): O(confirmed records of the',
  '   activity), 0.68 ms at 23,900 of them. By the third round it is 28 % of recording and 39 % of',
  '   confirming, and the main reason both lines slow down from round to round (all records land in one',
  '   activity here). Fix: ±1 when a record moves to or from `confirmed`; nothing on `ServiceRecorded`.',
  "2. **Streams are read again on every command.** A recording reads the volunteer's whole stream",
  '   (`DeciderRunner.load`: 11 % of round 1, 29 % of round 3 once 1 is fixed, at ≈ 38 events a',
  "   volunteer) and the activity's stream (`ActivityDirectory`, 5–8 %). Fix: keep the folded state of",
  '   recent streams with its revision and read only newer events; cache activity facts (fixed once',
  '   scheduled).',
  '3. **Luxon in the hot path**: `serviceSession` (decider) and `isOffsetDateTime` (validation) parse',
  '   with Luxon, ≈ 12 % of a recording; a regular expression and `Date.parse` do for offset date-times.',
  '4. **The flush and the projections block the event loop.** better-sqlite3 is synchronous: the group',
  "   commit (`COMMIT` with its fsync, 9–15 %) and the read models' transaction run on the event loop, and",
  "   no request advances meanwhile; the auth guard's account re-read adds 3–5 %. Fix: the writer (and the",
  '   projector) on a worker thread; an account cache invalidated by account events.',
  '',
  'With 1 and the activity cache of 2 shimmed in (`--require`, product code unchanged), recording measured',
  '950 → 726 → 636 req/s over three rounds (without: 752 → 511 → 444) and confirming 1,167 → 939 → 792',
  '(802 → 629 → 539): still ≈ 0.1× the ceiling. 0.3× needs ≈ 0.4 ms of CPU a write, so 2–4 as well.',
  'p99 follows throughput: the load is closed-loop (32 connections, each waiting for its answer), so',
  'latency ≈ 32 / throughput — at 400 req/s the median is already 80 ms; p99 < 50 ms needs ≳ 1,000',
  'req/s without stalls. Summaries pass since a6b12e5 (verified tokens remembered); before it they',
  'measured ≈ 1.1k req/s (0.16× the ceiling): 54 % of their CPU went to jsonwebtoken trying',
  '`crypto.createPublicKey` on the string secret before using it as an HMAC key (≈ 0.6 ms a verify here,',
  '8 µs with a `KeyObject`), which every new token still pays: give `JwtModule` a `createSecretKey(…)`.',
];

export function docSection(input: DocInput): string {
  const { config, figures, verdicts } = input;
  const date = input.startedAt.toISOString().slice(0, 10);
  const missed = verdicts.flatMap((v) => v.checks.filter((c) => !c.ok).map((c) => `${v.line} ${c.what}`));
  const rounds = Math.max(...[...figures.values()].map((f) => f.runs));
  return [
    SECTION_HEADING,
    '',
    '```sh',
    'npm run bench:api   # builds, then node dist/bench/api/api.bench.js (about 4 minutes)',
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
    'in rotation. Only 2xx answers count as throughput and latency (1 ms resolution); non-2xx answers and',
    "connection errors are counted apart. *Server CPU ms/req* is the server process's user + system time",
    'per answered request; *server CPU* is that time against the run’s length (one core = 100 %; GC and',
    'I/O threads can take it past 100 %).',
    '',
    `Measured ${date} at ${input.revision} on ${input.machine}.`,
    `${rounds} rounds, the lines taking turns within a round, after one ${config.warmupSeconds} s warm-up run of`,
    `each; **medians of the ${rounds} rounds**. The median 1-minute load average at the start of a run was`,
    `${input.medianLoad.toFixed(2)} on ${availableParallelism()} cores${input.medianLoad > 0.5 ? ' (the machine is shared: other work ran beside the bench)' : ''}; the ≈ 29k req/s`,
    'ceiling of ../shared/NOTES.md was measured on an idle machine. Compare the ratios, which come from the',
    'same rounds.',
    '',
    mediansTable(figures, verdicts),
    '',
    missed.length ? `**Missed:** ${missed.join('; ')}.` : '**Every target met.**',
    '',
    '**Why the design should pay.** A write is a whole command: token verified and account re-read,',
    "body validated, the volunteer's stream read and folded, the decider, the events hash-chained and",
    'appended, the answer sent once the read models include them. Its only disk flush is the event-log',
    "commit, and that is shared: the SQLite store's group commit puts every append queued in one turn of",
    'the event loop into one transaction and one flush, so the disk’s flush rate, which caps the',
    'single-insert app, does not cap the ledger. Reads need no replay: a summary is one indexed row of a',
    'SQLite read model (`readmodels.sqlite`) behind the auth guard.',
    ...(missed.length ? ['', ...CAUSES] : []),
  ].join('\n');
}
