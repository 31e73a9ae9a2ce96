/* eslint-disable */
'use strict';
/**
 * Drives the peer, @event-driven-io/emmett-sqlite 0.38.5, for `npm run bench:store`.
 *
 * Run by the benchmark in a child process, one line per process, so that the peer's failures under
 * load (SQLITE_BUSY / SQLITE_MISUSE, errors emitted on closed connections) are counted without
 * taking the benchmark down. Plain JS: this folder is outside the TypeScript build, and `require`
 * here resolves the peer from this folder's own node_modules.
 *
 *   node bench/peers/emmett/driver.cjs '<json options>'
 *
 * Prints one line `RESULT {json}` on stdout: { measurements: { name: Measurement }, info }.
 */
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const options = JSON.parse(process.argv[2]);
const generator = require(options.generator);
const sqlite3 = require('sqlite3');
const emmettSqlite = require('@event-driven-io/emmett-sqlite');
const { getSQLiteEventStore, sqliteConnection, createEventStoreSchema, appendToStream, readMessagesBatch } =
  emmettSqlite;

const now = () => performance.now();
const APPEND_TIMEOUT_MS = 15_000;

// emmett logs failed transactions with console.log; keep stdout for the result and count them.
let loggedByPeer = 0;
console.log = () => {
  loggedByPeer++;
};

class ErrorTally {
  constructor() {
    this.count = 0;
    this.kinds = {};
  }
  add(error) {
    this.count++;
    const key = String((error && (error.code || error.name)) || typeof error);
    this.kinds[key] = (this.kinds[key] || 0) + 1;
  }
}

// Errors the peer raises outside any append (sqlite3 emits 'error' on a Database closed under load).
const stray = new ErrorTally();
process.on('uncaughtException', (error) => stray.add(error));
process.on('unhandledRejection', (error) => stray.add(error));

const withTimeout = (promise) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new Error('append did not settle');
      error.code = 'TIMEOUT';
      reject(error);
    }, APPEND_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/** Our benchmark events in emmett's shape; our event id becomes emmett's messageId. */
const toEmmett = (event) => ({
  type: event.type,
  data: event.data,
  metadata: { ...event.metadata, messageId: event.id },
});

const streamTypeOf = (stream) => stream.split('-')[0];

function sqliteGet(file, sql) {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    // The same first statement every emmett connection runs; nothing else is set.
    db.run('PRAGMA journal_mode = WAL;');
    db.get(sql, (error, row) => {
      db.close();
      if (error) reject(error);
      else resolve(row);
    });
  });
}

const installedVersion = (name) =>
  JSON.parse(readFileSync(join(__dirname, 'node_modules', name, 'package.json'), 'utf8')).version;

/** What a connection opened the way emmett opens its connections runs with. */
async function connectionInfo(file) {
  const [journal, sync, version] = [
    await sqliteGet(file, 'PRAGMA journal_mode'),
    await sqliteGet(file, 'PRAGMA synchronous'),
    await sqliteGet(file, 'SELECT sqlite_version() AS v'),
  ];
  const names = { 0: 'OFF', 1: 'NORMAL', 2: 'FULL', 3: 'EXTRA' };
  return {
    journalMode: journal.journal_mode,
    synchronous: names[sync.synchronous] || String(sync.synchronous),
    sqliteVersion: version.v,
    emmettSqlite: installedVersion('@event-driven-io/emmett-sqlite'),
    emmett: installedVersion('@event-driven-io/emmett'),
    sqlite3: installedVersion('sqlite3'),
  };
}

async function appendLine(file, batchSize, callers, cap) {
  const store = getSQLiteEventStore({ fileName: file });
  // The schema is created on first use; do it before the clock starts.
  await store.appendToStream('warmup-0', [{ type: 'Warmup', data: {} }]);
  // The same appends as ours and raw, generated in chunks; generation time is left out of the clock.
  const source = new generator.AppendSource(batchSize, options.streams, cap);
  const errors = new ErrorTally();
  let events = 0;
  const started = now();
  const elapsed = () => now() - started - source.generatingMs;
  const caller = async () => {
    while (elapsed() < options.seconds * 1000) {
      const append = source.next();
      if (!append) return;
      try {
        await withTimeout(store.appendToStream(append.stream, append.events.map(toEmmett)));
        events += append.events.length;
      } catch (error) {
        errors.add(error);
      }
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  const seconds = elapsed() / 1000;
  const info = await connectionInfo(file);
  return {
    measurements: {
      append: { events, seconds, errors: errors.count, errorKinds: errors.kinds },
    },
    info,
  };
}

async function readLines(file) {
  const total = options.replayEvents;
  const batchSize = options.batchSize;
  // Fill: batches of `batchSize`, fifty appends per transaction on one connection (not timed).
  const fillStarted = now();
  const connection = sqliteConnection({ fileName: file });
  await createEventStoreSchema(connection);
  const appendsNeeded = Math.ceil(total / batchSize);
  let k = 0;
  while (k < appendsNeeded) {
    await connection.withTransaction(async () => {
      for (let j = 0; j < 50 && k < appendsNeeded; j++, k++) {
        const append = generator.appendAt(k, batchSize, options.streams);
        const events =
          k === appendsNeeded - 1 ? append.events.slice(0, total - k * batchSize) : append.events;
        const result = await appendToStream(
          connection,
          append.stream,
          streamTypeOf(append.stream),
          events.map(toEmmett),
        );
        if (!result.success) throw new Error('peer fill: append failed');
      }
    });
  }
  connection.close();
  const fillSeconds = (now() - fillStarted) / 1000;

  // Replay: readMessagesBatch pages of 1000 on one connection, every event decoded by emmett.
  const reader = sqliteConnection({ fileName: file });
  let events = 0;
  let after = 0n;
  const started = now();
  const deadline = started + options.readSeconds * 1000;
  for (;;) {
    const page = await readMessagesBatch(reader, { after, batchSize: 1000 });
    events += page.messages.length;
    after = page.currentGlobalPosition;
    if (page.messages.length === 0 || now() > deadline) break;
  }
  const replay = {
    events,
    seconds: (now() - started) / 1000,
    errors: 0,
    errorKinds: {},
    note:
      events < total ? `time-bounded: ${events} of ${total} events read` : 'readMessagesBatch, pages of 1000',
  };
  reader.close();

  // Catch-up: a consumer with one processor from BEGINNING, counted until it reaches the head.
  const store = getSQLiteEventStore({ fileName: file });
  const consumer = store.consumer({ pulling: { batchSize: 1000, pullingFrequencyInMs: 0 } });
  const head = BigInt(total);
  let delivered = 0;
  const subStarted = now();
  const subDeadline = subStarted + options.readSeconds * 1000;
  consumer.processor({
    processorId: 'bench-catch-up',
    startFrom: 'BEGINNING',
    eachMessage: () => {
      delivered++;
    },
    stopAfter: (message) => message.metadata.globalPosition >= head || now() > subDeadline,
  });
  await consumer.start();
  const catchUp = {
    events: delivered,
    seconds: (now() - subStarted) / 1000,
    errors: 0,
    errorKinds: {},
    note:
      delivered < total
        ? `time-bounded: ${delivered} of ${total} events delivered`
        : 'consumer processor, pulling batchSize 1000, pullingFrequencyInMs 0',
  };
  await consumer.close();
  const info = await connectionInfo(file);
  return {
    measurements: {
      fill: { events: total, seconds: fillSeconds, errors: 0, errorKinds: {} },
      replay,
      catchUp,
    },
    info,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), `bench-store-peer-${options.line}-`));
  const file = join(dir, 'events.sqlite');
  try {
    let result;
    switch (options.line) {
      case 'one':
        result = await appendLine(file, 1, 1, options.cap);
        break;
      case 'concurrent':
        result = await appendLine(file, 1, options.concurrency, options.cap);
        break;
      case 'batch':
        result = await appendLine(file, options.batchSize, 1, options.cap);
        break;
      case 'replay':
        result = await readLines(file);
        break;
      default:
        throw new Error(`unknown line ${options.line}`);
    }
    result.stray = { count: stray.count, kinds: stray.kinds };
    result.loggedByPeer = loggedByPeer;
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stdout.write(`FAILED ${JSON.stringify({ message: String((error && error.stack) || error) })}\n`);
    process.exit(1);
  },
);
