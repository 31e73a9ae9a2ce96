import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LineName } from './config';
import type { LoadResult } from './load';

export const LABELS: Record<LineName, string> = {
  ceiling: 'framework ceiling (Nest + Fastify, no DB)',
  'single-insert': 'single insert (Nest + Fastify, 1 FULL insert/req)',
  record: 'record a service session (POST /service-records)',
  confirm: 'confirm a record (POST /service-records/{id}/confirm)',
  summary: 'read a summary (GET /volunteers/{id}/summary)',
  signup: 'sign up on one hot activity (POST /activities/{id}/signups)',
  checkin: 'check in, 100 activities (POST /check-ins)',
};

export interface Run {
  readonly line: LineName;
  readonly round: number;
  readonly result: LoadResult;
  /** 1-minute load average when the run started. */
  readonly load: number;
  /** CPU seconds the server process used during the run (NaN when unknown). */
  readonly serverCpu: number;
  /** CPU seconds this process (the load generator) used during the run. */
  readonly clientCpu: number;
}

/** Server CPU time per answered request, ms. */
export const cpuPerRequest = (run: Run): number =>
  (run.serverCpu * 1000) / Math.max(1, run.result.ok + run.result.non2xx);

export interface LineFigures {
  readonly line: LineName;
  readonly runs: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly statuses: Record<string, number>;
  readonly endedEarly: number;
  /** Median server CPU per answered request, ms, and median server CPU use, % of one core. */
  readonly cpuPerRequest: number;
  readonly serverCpuPercent: number;
}

export interface Check {
  readonly what: string;
  readonly ok: boolean;
}

export interface Verdict {
  readonly line: LineName;
  readonly target: string;
  readonly checks: readonly Check[];
}

export const P99_LIMIT_MS = 50;
/** The journey's target: sign-up and check-in p99 < 100 ms at 32 connections. */
export const JOURNEY_P99_LIMIT_MS = 100;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function figuresOf(runs: readonly Run[], line: LineName): LineFigures | undefined {
  const own = runs.filter((run) => run.line === line);
  const mine = own.map((run) => run.result);
  if (!mine.length) return undefined;
  const statuses: Record<string, number> = {};
  for (const result of mine)
    for (const [code, count] of Object.entries(result.statuses))
      statuses[code] = (statuses[code] ?? 0) + count;
  return {
    line,
    runs: mine.length,
    rate: median(mine.map((r) => r.rate)),
    p50: median(mine.map((r) => r.p50)),
    p99: median(mine.map((r) => r.p99)),
    non2xx: mine.reduce((sum, r) => sum + r.non2xx, 0),
    errors: mine.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    statuses,
    endedEarly: mine.filter((r) => r.endedEarly).length,
    cpuPerRequest: median(own.map(cpuPerRequest)),
    serverCpuPercent: median(own.map((run) => (run.serverCpu / run.result.seconds) * 100)),
  };
}

/**
 * The issues' targets, checked on the medians; `extra` adds checks made apart from the figures
 * (the sign-ups' oversubscription, counted after the runs).
 */
export function verdicts(
  figures: Map<LineName, LineFigures>,
  extra: ReadonlyMap<LineName, readonly Check[]> = new Map(),
): Verdict[] {
  const ceiling = figures.get('ceiling')?.rate;
  const single = figures.get('single-insert')?.rate;
  const out: Verdict[] = [];
  const p99 = (f: LineFigures): Check => ({ what: `p99 < ${P99_LIMIT_MS} ms`, ok: f.p99 < P99_LIMIT_MS });
  const record = figures.get('record');
  if (record) {
    const checks: Check[] = [];
    if (single !== undefined) checks.push({ what: '≥ 2× single insert', ok: record.rate >= 2 * single });
    if (ceiling !== undefined) checks.push({ what: '≥ 0.3× ceiling', ok: record.rate >= 0.3 * ceiling });
    checks.push(p99(record));
    out.push({ line: 'record', target: '≥ 2× single insert, ≥ 0.3× ceiling, p99 < 50 ms', checks });
  }
  const confirm = figures.get('confirm');
  if (confirm) out.push({ line: 'confirm', target: 'p99 < 50 ms', checks: [p99(confirm)] });
  const summary = figures.get('summary');
  if (summary) {
    const checks: Check[] = [];
    if (ceiling !== undefined) checks.push({ what: '≥ 0.5× ceiling', ok: summary.rate >= 0.5 * ceiling });
    checks.push(p99(summary));
    out.push({ line: 'summary', target: '≥ 0.5× ceiling, p99 < 50 ms', checks });
  }
  const journeyP99 = (f: LineFigures): Check => ({
    what: `p99 < ${JOURNEY_P99_LIMIT_MS} ms`,
    ok: f.p99 < JOURNEY_P99_LIMIT_MS,
  });
  const signup = figures.get('signup');
  if (signup)
    out.push({
      line: 'signup',
      target: 'p99 < 100 ms, accepted ≤ quota',
      checks: [journeyP99(signup), ...(extra.get('signup') ?? [])],
    });
  const checkin = figures.get('checkin');
  if (checkin)
    out.push({
      line: 'checkin',
      target: 'p99 < 100 ms',
      checks: [journeyP99(checkin), ...(extra.get('checkin') ?? [])],
    });
  return out;
}

const int = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (value: number): string => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
const ratio = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const percent = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} %` : '—');
const cpuMs = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '—');

const failures = (non2xx: number, errors: number, statuses: Record<string, number>): string => {
  const odd = Object.entries(statuses)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, count]) => `${code}: ${int(count)}`);
  return `${int(non2xx)} / ${int(errors)}${odd.length ? ` (${odd.join(', ')})` : ''}`;
};

/** A markdown table, padded so that it also reads well in a terminal. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: number[] = [],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const cell = (text: string, i: number) =>
    right.includes(i) ? text.padStart(widths[i]) : text.padEnd(widths[i]);
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The table of medians: one row per line, with its ratios and its verdict. */
export function mediansTable(figures: Map<LineName, LineFigures>, verdictList: readonly Verdict[]): string {
  const ceiling = figures.get('ceiling')?.rate;
  const single = figures.get('single-insert')?.rate;
  const rows = [...figures.values()].map((f) => {
    const verdict = verdictList.find((v) => v.line === f.line);
    const result = verdict
      ? verdict.checks.every((c) => c.ok)
        ? 'PASS'
        : `FAIL (${verdict.checks
            .filter((c) => !c.ok)
            .map((c) => c.what)
            .join('; ')})`
      : 'reference';
    return [
      LABELS[f.line],
      int(f.rate),
      ms(f.p50),
      ms(f.p99),
      failures(f.non2xx, f.errors, f.statuses),
      cpuMs(f.cpuPerRequest),
      percent(f.serverCpuPercent),
      ratio(ceiling ? f.rate / ceiling : undefined),
      ratio(single ? f.rate / single : undefined),
      verdict?.target ?? '—',
      result,
    ];
  });
  return table(
    [
      'line',
      'req/s (2xx)',
      'p50 ms',
      'p99 ms',
      'non-2xx / errors',
      'server CPU ms/req',
      'server CPU',
      '× ceiling',
      '× single insert',
      'target',
      'result',
    ],
    rows,
    [1, 2, 3, 5, 6, 7, 8],
  );
}

/** Every measured run, for the terminal. */
export function runsTable(runs: readonly Run[]): string {
  return table(
    [
      'round',
      'line',
      'req/s (2xx)',
      'p50 ms',
      'p99 ms',
      'max ms',
      'non-2xx / errors',
      'seconds',
      'server CPU ms/req',
      'server CPU',
      'autocannon CPU',
      'load avg',
    ],
    runs.map((run) => [
      String(run.round),
      run.line,
      int(run.result.rate),
      ms(run.result.p50),
      ms(run.result.p99),
      ms(run.result.max),
      failures(run.result.non2xx, run.result.errors + run.result.timeouts, run.result.statuses),
      run.result.seconds.toFixed(1) + (run.result.endedEarly ? ' (early)' : ''),
      cpuMs(cpuPerRequest(run)),
      percent((run.serverCpu / run.result.seconds) * 100),
      percent((run.clientCpu / run.result.seconds) * 100),
      run.load.toFixed(2),
    ]),
    [0, 2, 3, 4, 5, 7, 8, 9, 10, 11],
  );
}

export const SECTION_HEADING = '## HTTP API (`npm run bench:api`)';

/**
 * Puts `section` (which starts with SECTION_HEADING) into docs/performance.md: replaces an earlier
 * version of this section in place, or appends it at the end; other sections are left byte for
 * byte. A missing file is created with the title only and this section.
 */
export function writeSection(file: string, section: string): 'created' | 'appended' | 'replaced' {
  const body = section.trimEnd() + '\n';
  if (!existsSync(file)) {
    writeFileSync(file, `# Performance\n\n${body}`);
    return 'created';
  }
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`${SECTION_HEADING}\n`);
  if (start >= 0 && (start === 0 || text[start - 1] === '\n')) {
    const rest = text.slice(start + SECTION_HEADING.length);
    const next = rest.search(/\n## /);
    const end = next < 0 ? text.length : start + SECTION_HEADING.length + next + 1;
    const after = text.slice(end);
    writeFileSync(file, text.slice(0, start) + body + (after ? `\n${after}` : ''));
    return 'replaced';
  }
  const separator = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  writeFileSync(file, text + separator + body);
  return 'appended';
}
