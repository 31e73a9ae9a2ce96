/**
 * `npm run bench:store` — the event store side by side with its ceiling and a peer, in one run on
 * the same events (see events.ts), every store with WAL and synchronous=FULL:
 *
 * - ledger (ours): SqliteEventStore through the EventStore port;
 * - raw better-sqlite3: plain inserts into the same schema — the ceiling;
 * - emmett-sqlite 0.38.5: the peer, installed on demand in bench/peers/emmett.
 *
 * Each competitor writes its own fresh SQLite file in the OS temp dir, deleted afterwards. Ours and
 * raw take turns within a line (see `interleave`); the peer runs in a child process after them.
 * Figures, the command and the machine are recorded in docs/performance.md.
 */
import Database from 'better-sqlite3';
import { cpus, freemem, totalmem } from 'node:os';
import { type BenchConfig, type LineName, readConfig } from './config';
import { AppendSource, averageEventBytes } from './events';
import { LedgerAppender, ledgerCatchUp, ledgerFill, ledgerReplay } from './ledger';
import {
  type Appender,
  collectGarbage,
  combine,
  interleave,
  type Measurement,
  unavailable,
  withTempFile,
} from './measure';
import { ensurePeerInstalled, peerDir, peerMeasurement, type PeerRun, runPeerLine } from './peer';
import { RawAppender, rawReplay } from './raw';
import {
  type Comparison,
  comparisonTable,
  measurementsTable,
  progress,
  type Row,
  summary,
  type Who,
} from './report';

const rows: Row[] = [];
const peerInfo: NonNullable<PeerRun['info']>[] = [];
const peerStray: string[] = [];

function record(who: Who, line: string, measurement: Measurement): Measurement {
  const row = { who, line, measurement };
  rows.push(row);
  progress(row);
  return measurement;
}

const failure = (what: string, error: unknown): Measurement => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`  ${what} failed: ${message}`);
  return unavailable(`failed: ${message}`);
};

async function safely(what: string, run: () => Promise<Measurement> | Measurement): Promise<Measurement> {
  try {
    return await run();
  } catch (error) {
    return failure(what, error);
  } finally {
    collectGarbage();
  }
}

function printHeader(config: BenchConfig): void {
  const sqlite = new Database(':memory:');
  const sqliteVersion = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  sqlite.close();
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  console.log('# bench:store — event store appends, replay and catch-up');
  console.log('');
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${gib(totalmem())} RAM (${gib(freemem())} free), ` +
      `node ${process.version}, SQLite ${sqliteVersion} (better-sqlite3), temp dir ${config.tmpDir}`,
  );
  console.log(
    `events: ~${Math.round(averageEventBytes())} bytes of JSON (data + metadata) each, over ` +
      `${config.streams.toLocaleString('en-US')} streams; every store WAL + synchronous=FULL`,
  );
  console.log('knobs (environment):');
  const knobs: [string, string | number][] = [
    ['BENCH_SECONDS', config.lineSeconds],
    ['BENCH_ROUNDS', config.rounds],
    ['BENCH_ONE_EVENTS', config.oneEvents],
    ['BENCH_CONCURRENCY', config.concurrency],
    ['BENCH_CONCURRENT_EVENTS', config.concurrentEvents],
    ['BENCH_BATCH', config.batchSize],
    ['BENCH_BATCH_EVENTS', config.batchEvents],
    ['BENCH_REPLAY_EVENTS', config.replayEvents],
    ['BENCH_READ_ROUNDS', config.readRounds],
    ['BENCH_PEER_REPLAY_EVENTS', config.peerReplayEvents],
    ['BENCH_READ_SECONDS', config.readSeconds],
    ['BENCH_STREAMS', config.streams],
    ['BENCH_PEER', config.peer ? 1 : 0],
    ['BENCH_ONLY', [...config.only].join(',')],
  ];
  for (const [name, value] of knobs) console.log(`  ${name}=${value}`);
  console.log('');
}

/** Finds and installs the peer; returns its folder, or undefined (with the reason printed). */
function preparePeer(config: BenchConfig): string | undefined {
  if (!config.peer) {
    console.log('peer: left out (BENCH_PEER=0)');
    return undefined;
  }
  const dir = peerDir();
  if (!dir) {
    console.log('peer: bench/peers/emmett not found — the peer figures will be missing');
    return undefined;
  }
  const problem = ensurePeerInstalled(dir);
  if (problem) {
    console.log(`peer: NOT AVAILABLE — ${problem}; the other figures follow without it`);
    return undefined;
  }
  console.log(`peer: ${dir}`);
  return dir;
}

async function peerLine(
  dir: string | undefined,
  line: LineName,
  config: BenchConfig,
  cap: number,
  names: readonly string[],
  timeoutSeconds: number,
): Promise<Record<string, Measurement>> {
  if (!dir) return Object.fromEntries(names.map((n) => [n, unavailable('peer not available')]));
  const run = await runPeerLine(dir, line, config, cap, timeoutSeconds);
  if (!('failed' in run)) {
    if (run.info) peerInfo.push(run.info);
    if (run.stray?.count) {
      const kinds = Object.entries(run.stray.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      peerStray.push(`${line}: ${run.stray.count} errors raised outside any append (${kinds})`);
    }
  }
  return Object.fromEntries(names.map((n) => [n, peerMeasurement(run, n)]));
}

/**
 * One append line for ours and raw: each in its own fresh file, taking turns. Returns their totals;
 * a competitor that fails to open or run gets no figure, never a crash.
 */
async function appendLine(
  label: string,
  config: BenchConfig,
  makeRaw: (file: string) => Appender,
  makeOurs: (file: string) => Appender,
): Promise<{ raw: Measurement; ours: Measurement }> {
  try {
    return await withTempFile(`${label}-raw`, (rawFile) =>
      withTempFile(`${label}-ledger`, async (oursFile) => {
        const raw = makeRaw(rawFile);
        const ours = makeOurs(oursFile);
        try {
          await interleave([raw, ours], config.lineSeconds, config.rounds);
          return { raw: raw.result(), ours: ours.result() };
        } finally {
          await raw.close();
          await ours.close();
        }
      }),
    );
  } catch (error) {
    const m = failure(label, error);
    return { raw: m, ours: m };
  } finally {
    collectGarbage();
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  printHeader(config);
  const peer = preparePeer(config);
  const comparisons: Comparison[] = [];
  const only = (line: LineName) => config.only.has(line);
  const started = Date.now();

  if (only('one')) {
    const line = 'one caller, 1 event per append';
    console.log(`\n## ${line}`);
    const source = () => new AppendSource(1, config.streams, config.oneEvents);
    const { raw, ours } = await appendLine(
      'one',
      config,
      (file) => new RawAppender(file, source()),
      (file) => new LedgerAppender(file, source(), 1),
    );
    record('raw', 'one event per transaction', raw);
    record('ledger', line, ours);
    const { append: peerFigure } = await peerLine(peer, 'one', config, config.oneEvents, ['append'], 180);
    record('peer', line, peerFigure);
    comparisons.push({ line, ours, raw, rawLabel: 'raw 1/tx', peer: peerFigure, minRawRatio: 0.8 });
  }

  if (only('concurrent')) {
    const line = `${config.concurrency} concurrent callers, 1 event each`;
    console.log(`\n## ${line}`);
    const source = () => new AppendSource(1, config.streams, config.concurrentEvents);
    const { raw, ours } = await appendLine(
      'concurrent',
      config,
      (file) => new RawAppender(file, source()),
      (file) => new LedgerAppender(file, source(), config.concurrency),
    );
    record('raw', 'one event per transaction', raw);
    record('ledger', line, ours);
    const { append: peerFigure } = await peerLine(
      peer,
      'concurrent',
      config,
      config.concurrentEvents,
      ['append'],
      240,
    );
    record('peer', line, peerFigure);
    comparisons.push({ line, ours, raw, rawLabel: 'raw 1/tx', peer: peerFigure, minRawRatio: 3 });
  }

  if (only('batch')) {
    const line = `batches of ${config.batchSize}, one caller`;
    console.log(`\n## ${line}`);
    const source = () => new AppendSource(config.batchSize, config.streams, config.batchEvents);
    const { raw, ours } = await appendLine(
      'batch',
      config,
      (file) => new RawAppender(file, source()),
      (file) => new LedgerAppender(file, source(), 1),
    );
    record('raw', `batches of ${config.batchSize} per transaction`, raw);
    record('ledger', line, ours);
    const { append: peerFigure } = await peerLine(peer, 'batch', config, config.batchEvents, ['append'], 240);
    record('peer', line, peerFigure);
    comparisons.push({ line, ours, raw, rawLabel: 'raw batches', peer: peerFigure, minRawRatio: 0.5 });
  }

  if (only('replay')) {
    const n = config.replayEvents.toLocaleString('en-US');
    console.log(`\n## replay and subscription catch-up over ${n} events`);
    let raw: Measurement | undefined;
    let replay: Measurement | undefined;
    let catchUp: Measurement | undefined;
    await withTempFile('replay', async (file) => {
      const fill = await safely('fill', () =>
        ledgerFill(file, config.replayEvents, config.batchSize, config.streams),
      );
      record('ledger', `fill: batches of ${config.batchSize}, 8 callers (no target)`, fill);
      if (fill.unavailable) return;
      const passes = { raw: [] as Measurement[], replay: [] as Measurement[], catchUp: [] as Measurement[] };
      const readers = [
        () => safely('raw replay', () => rawReplay(file)).then((m) => passes.raw.push(m)),
        () =>
          safely('ledger replay', () => ledgerReplay(file, config.replayEvents)).then((m) =>
            passes.replay.push(m),
          ),
        () =>
          safely('ledger catch-up', () => ledgerCatchUp(file, config.replayEvents)).then((m) =>
            passes.catchUp.push(m),
          ),
      ];
      for (let round = 0; round < config.readRounds; round++) {
        for (const read of round % 2 === 0 ? readers : [...readers].reverse()) await read();
      }
      raw = record('raw', 'replay: .iterate() + JSON.parse', combine(passes.raw));
      replay = record('ledger', 'replay: readAll()', combine(passes.replay));
      catchUp = record('ledger', 'catch-up: subscribe({ after: 0 })', combine(passes.catchUp));
    });
    const peerFigures = await peerLine(peer, 'replay', config, 0, ['fill', 'replay', 'catchUp'], 900);
    record('peer', `fill: batches of ${config.batchSize} (no target)`, peerFigures.fill);
    record('peer', 'replay: readMessagesBatch', peerFigures.replay);
    record('peer', 'catch-up: consumer processor', peerFigures.catchUp);
    comparisons.push({
      line: `replay of ${n} events`,
      ours: replay,
      raw,
      rawLabel: 'raw replay',
      peer: peerFigures.replay,
      minRawRatio: 0.5,
    });
    comparisons.push({
      line: `subscription catch-up, ${n} events`,
      ours: catchUp,
      raw,
      rawLabel: 'raw replay',
      peer: peerFigures.catchUp,
    });
  }

  console.log('\n## all figures\n');
  console.log(measurementsTable(rows));
  console.log('\n## ledger against the ceiling (raw) and the peer\n');
  console.log(comparisonTable(comparisons));
  console.log('');
  const info = peerInfo[0];
  if (info) {
    console.log(
      `peer: @event-driven-io/emmett-sqlite ${info.emmettSqlite} with @event-driven-io/emmett ${info.emmett}, ` +
        `sqlite3 ${info.sqlite3} (SQLite ${info.sqliteVersion}); its connections run journal_mode=${info.journalMode}, ` +
        `synchronous=${info.synchronous} (emmett sets WAL; FULL is SQLite's default, emmett has no option for it)`,
    );
  }
  for (const line of peerStray) console.log(`peer: ${line}`);
  console.log('');
  console.log('## summary\n');
  for (const line of summary(comparisons)) console.log(line);
  console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
