/**
 * `npm run bench:stars` — a star-round draw over 100,000 volunteers.
 *
 * 1. fill: the qualification data of BENCH_STARS_VOLUNTEERS volunteers (VolunteerRegistered, then
 *    BENCH_STARS_RECORDS confirmed service records each) written straight through the EventStore
 *    port, one stream per volunteer, 32 appends in flight so group commit batches them;
 * 2. catch-up: every read model rebuilt from the log (what a server does on start), with progress;
 * 3. draw, in a fresh child process running the real API: open a round and POST its draw over HTTP,
 *    BENCH_STARS_RUNS times for the city (every volunteer) and for one county; p50 of each, the read
 *    model's query alone, and the child's peak RSS (so the fill's memory is not counted).
 *
 * The figures and the command go in docs/performance.md. The data dir is a temp folder, deleted after.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadLedgerConfig, READ_MODEL_FILE } from '@ledger/application';
import { businessDateOf, NATIONAL_RULE_SET, qualificationWindow } from '@ledger/domain';
import { createEventStore, type EventStore, type NewEvent } from '@ledger/event-store';
import { ALL_PROJECTIONS, rebuildReadModels, StarQualificationReadModel } from '@ledger/projections';
import { createApiApp } from '../../apps/api/src/app.factory';

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
};

const VOLUNTEERS = env('BENCH_STARS_VOLUNTEERS', 100_000);
const RECORDS = env('BENCH_STARS_RECORDS', 2);
const RUNS = env('BENCH_STARS_RUNS', 3);
const IN_FLIGHT = 32;
const ADMIN_PASSWORD = 'bench-stars-password';
const CITY = '410100'; // 郑州市
const COUNTIES = [
  '410102',
  '410103',
  '410104',
  '410105',
  '410106',
  '410108',
  '410122',
  '410181',
  '410182',
  '410183',
  '410184',
  '410185',
];

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const p50 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const hex = (n: number): string => n.toString(16).padStart(24, '0');

/** Progress on stderr every few seconds (the table goes to stdout). */
function progress(label: string) {
  const started = performance.now();
  let last = 0;
  return {
    update(done: number, total: number, unit: string) {
      const now = performance.now();
      if (now - last < 3000 && done < total) return;
      last = now;
      const rate = Math.round(done / ((now - started) / 1000));
      process.stderr.write(
        `${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${unit} (${rate.toLocaleString('en')}/s)\n`,
      );
    },
    elapsed: () => performance.now() - started,
  };
}

/** One volunteer's stream: registered, then RECORDS confirmed sessions (hours spread 0–1,800 in all). */
function volunteerEvents(i: number): { stream: string; events: NewEvent[] } {
  const volunteerId = `vol-${hex(i + 1)}`;
  const regionCode = COUNTIES[i % COUNTIES.length];
  const at = '2026-01-05T09:00:00+08:00';
  // A fixed spread, so every run draws the same volunteers: total hours (i * 7919) mod 1,800.
  const totalMinutes = ((i * 7919) % 1800) * 60 + 30;
  const events: NewEvent[] = [
    {
      id: randomUUID(),
      type: 'VolunteerRegistered',
      data: {
        volunteerId,
        volunteerNo: `${regionCode}-2026-${String(i + 1).padStart(6, '0')}`,
        regionCode,
        personalData: {
          scheme: 'aes-256-gcm/v1',
          keyId: volunteerId,
          iv: randomBytes(12).toString('base64url'),
          ciphertext: randomBytes(48).toString('base64url'),
          tag: randomBytes(16).toString('base64url'),
        },
        consent: true,
        registeredBy: 'acc-bench',
        registeredAt: at,
      },
    },
  ];
  for (let r = 0; r < RECORDS; r++) {
    const recordId = `rec-${hex(i * RECORDS + r + 1)}`;
    const minutes = Math.floor(totalMinutes / RECORDS) + (r === 0 ? totalMinutes % RECORDS : 0);
    const day = String(1 + ((i + r) % 28)).padStart(2, '0');
    const month = String(1 + ((i + 3 * r) % 9)).padStart(2, '0');
    const serviceDate = `2026-${month}-${day}`;
    events.push({
      id: randomUUID(),
      type: 'ServiceRecorded',
      data: {
        recordId,
        volunteerId,
        activityId: 'act-bench00000000000000000000',
        projectId: 'prj-bench00000000000000000000',
        pilotId: null,
        regionCode,
        startedAt: `${serviceDate}T08:00:00+08:00`,
        endedAt: `${serviceDate}T08:00:00+08:00`,
        minutes,
        serviceDate,
        content: '科普服务',
        recordedBy: 'acc-bench-organiser',
        recordedAt: at,
      },
    });
    events.push({
      id: randomUUID(),
      type: 'ServiceConfirmed',
      data: {
        recordId,
        volunteerId,
        activityId: 'act-bench00000000000000000000',
        minutes,
        confirmedBy: 'acc-bench-admin',
        confirmedAt: at,
      },
    });
  }
  return { stream: `volunteer-${volunteerId}`, events };
}

async function fill(store: EventStore): Promise<{ events: number; ms: number }> {
  const bar = progress('fill');
  let next = 0;
  let events = 0;
  const caller = async () => {
    while (next < VOLUNTEERS) {
      const i = next++;
      const { stream, events: batch } = volunteerEvents(i);
      await store.append(stream, batch, { expectedRevision: 'no_stream' });
      events += batch.length;
      bar.update(i + 1, VOLUNTEERS, 'volunteers');
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, caller));
  return { events, ms: bar.elapsed() };
}

interface DrawResult {
  readonly rssAfterBootBytes: number;
  readonly peakRssBytes: number;
  readonly city: { candidates: number; httpMs: number[]; queryMs: number[] };
  readonly county: { candidates: number; httpMs: number[] };
}

/** The child: the real API on the filled data dir, draws over HTTP. Prints one JSON line. */
async function drawPhase(dataDir: string): Promise<void> {
  const config = loadLedgerConfig({
    LEDGER_DATA_DIR: dataDir,
    LEDGER_HOST: '127.0.0.1',
    LEDGER_PORT: '0',
    LEDGER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LEDGER_ADMIN_REGION: '410000',
    LEDGER_LOG_LEVEL: 'silent',
  });
  const app = await createApiApp({ config });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1') + '/api/v1';
  const rssAfterBootBytes = process.memoryUsage().rss;
  const token = (
    (await (
      await fetch(`${base}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      })
    ).json()) as { accessToken: string }
  ).accessToken;
  const post = async (path: string, body?: object) => {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const cutoff = businessDateOf(new Date());
  const drawOnce = async (regionCode: string) => {
    const round = await post('/star-rounds', { regionCode, cutoff });
    const started = performance.now();
    const drawn = await post(`/star-rounds/${String(round.id)}/draw`);
    return { ms: performance.now() - started, candidates: (drawn.candidates as unknown[]).length };
  };
  const city = { candidates: 0, httpMs: [] as number[], queryMs: [] as number[] };
  const county = { candidates: 0, httpMs: [] as number[] };
  const readModel = app.get(StarQualificationReadModel);
  const window = qualificationWindow(cutoff, NATIONAL_RULE_SET.window);
  for (let run = 0; run < RUNS; run++) {
    const c = await drawOnce(CITY);
    city.candidates = c.candidates;
    city.httpMs.push(c.ms);
    const started = performance.now();
    readModel.drawCandidates({
      regionCode: CITY,
      from: window.from,
      to: window.to,
      asOf: cutoff,
      thresholdsHours: NATIONAL_RULE_SET.thresholdsHours,
    });
    city.queryMs.push(performance.now() - started);
    const k = await drawOnce('410122');
    county.candidates = k.candidates;
    county.httpMs.push(k.ms);
    process.stderr.write(`draw ${run + 1}/${RUNS}: city ${seconds(c.ms)}, county ${seconds(k.ms)}\n`);
  }
  await app.close();
  const result: DrawResult = {
    rssAfterBootBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    city,
    county,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-stars-'));
  try {
    console.error(
      `bench:stars — ${VOLUNTEERS.toLocaleString('en')} volunteers × ${RECORDS} confirmed records, ${RUNS} draws; data in ${dataDir}`,
    );
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    const filled = await fill(store);
    await store.close();

    const catchUp = progress('read models');
    const rebuildStore = await createEventStore({ kind: 'sqlite', dataDir });
    const rebuilt = await rebuildReadModels(rebuildStore, join(dataDir, READ_MODEL_FILE), ALL_PROJECTIONS, {
      onProgress: ({ events, head }) => catchUp.update(events, head, 'events'),
    });
    await rebuildStore.close();
    const catchUpMs = catchUp.elapsed();

    const child = spawnSync(process.execPath, [__filename, '--draw', dataDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`the draw process failed (${child.status}): ${child.stdout}`);
    const draw = JSON.parse(child.stdout.trim().split('\n').pop()!) as DrawResult;

    const node = process.version;
    const sqlite = execFileSync(
      process.execPath,
      ['-e', "console.log(require('better-sqlite3/package.json').version)"],
      {
        encoding: 'utf8',
      },
    ).trim();
    const rows: [string, string][] = [
      ['volunteers (12 counties of 郑州市)', VOLUNTEERS.toLocaleString('en')],
      ['events written', filled.events.toLocaleString('en')],
      [
        'fill through the EventStore port',
        `${seconds(filled.ms)} (${Math.round(filled.events / (filled.ms / 1000)).toLocaleString('en')} events/s)`,
      ],
      ['every read model caught up', `${seconds(catchUpMs)} (${rebuilt.events.toLocaleString('en')} events)`],
      [`city draw (${CITY}): candidates`, draw.city.candidates.toLocaleString('en')],
      [`city draw over HTTP, p50 of ${RUNS}`, seconds(p50(draw.city.httpMs))],
      [`city draw: the read-model query alone, p50 of ${RUNS}`, seconds(p50(draw.city.queryMs))],
      ['county draw (410122): candidates', draw.county.candidates.toLocaleString('en')],
      [`county draw over HTTP, p50 of ${RUNS}`, seconds(p50(draw.county.httpMs))],
      ['server RSS after start', mb(draw.rssAfterBootBytes)],
      ['server peak RSS (start + every draw)', mb(draw.peakRssBytes)],
    ];
    console.log('');
    console.log('| measure | figure |');
    console.log('|---|---|');
    for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
    console.log('');
    console.log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())} RAM; Node ${node}, better-sqlite3 ${sqlite}. ` +
        `Command: BENCH_STARS_VOLUNTEERS=${VOLUNTEERS} BENCH_STARS_RECORDS=${RECORDS} BENCH_STARS_RUNS=${RUNS} npm run bench:stars`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const drawIndex = process.argv.indexOf('--draw');
(drawIndex >= 0 ? drawPhase(process.argv[drawIndex + 1]) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
