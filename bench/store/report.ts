import { type Measurement, rate } from './measure';

export type Who = 'ledger' | 'raw' | 'peer';

export interface Row {
  readonly who: Who;
  readonly line: string;
  readonly measurement: Measurement;
}

/** One line of the comparison: our figure against the ceiling and the peer, with its target. */
export interface Comparison {
  readonly line: string;
  readonly ours: Measurement | undefined;
  readonly raw: Measurement | undefined;
  readonly rawLabel: string;
  readonly peer: Measurement | undefined;
  /** Minimum ratio to `raw`; undefined when the line only has to beat the peer. */
  readonly minRawRatio?: number;
}

export interface Verdict {
  readonly line: string;
  readonly rawOk: boolean | undefined;
  readonly peerOk: boolean | undefined;
}

const WHO_LABEL: Record<Who, string> = {
  ledger: 'ledger (ours)',
  raw: 'raw better-sqlite3',
  peer: 'emmett-sqlite',
};

export const formatRate = (value: number | undefined): string =>
  value === undefined ? '—' : Math.round(value).toLocaleString('en-US');

const formatRatio = (value: number | undefined): string =>
  value === undefined ? '—' : value === Infinity ? '∞' : value >= 10 ? value.toFixed(1) : value.toFixed(2);

const formatErrors = (m: Measurement): string => {
  if (m.unavailable) return '—';
  if (m.errors === 0) return '0';
  const kinds = Object.entries(m.errorKinds)
    .map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
    .join(', ');
  return `${m.errors.toLocaleString('en-US')} (${kinds})`;
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

export function progress(row: Row): void {
  const m = row.measurement;
  const who = WHO_LABEL[row.who].padEnd(18);
  if (m.unavailable) {
    console.log(`  ${who} ${row.line.padEnd(34)} not measured: ${m.unavailable}`);
    return;
  }
  console.log(
    `  ${who} ${row.line.padEnd(34)} ${formatRate(rate(m)).padStart(9)} events/s` +
      `  (${m.events.toLocaleString('en-US')} events in ${m.seconds.toFixed(2)} s, errors: ${formatErrors(m)})` +
      (m.note ? `  [${m.note}]` : ''),
  );
}

export function measurementsTable(rows: readonly Row[]): string {
  const notes: string[] = [];
  const noted = (m: Measurement): string => {
    const text = m.unavailable ?? m.note;
    if (!text) return '';
    notes.push(`[${notes.length + 1}] ${text}`);
    return ` [${notes.length}]`;
  };
  const body = rows.map(({ who, line, measurement: m }) => [
    WHO_LABEL[who],
    line + noted(m),
    m.unavailable ? '—' : m.events.toLocaleString('en-US'),
    m.unavailable ? '—' : m.seconds.toFixed(2),
    m.unavailable ? 'not measured' : formatRate(rate(m)),
    formatErrors(m),
  ]);
  const text = table(['implementation', 'line', 'events', 'seconds', 'events/s', 'errors'], body, [2, 3, 4]);
  return notes.length ? `${text}\n\n${notes.join('\n')}` : text;
}

export function judge(c: Comparison): Verdict {
  const ours = rate(c.ours);
  const raw = rate(c.raw);
  const peer = rate(c.peer);
  const rawOk =
    c.minRawRatio === undefined || ours === undefined || raw === undefined
      ? undefined
      : ours / raw >= c.minRawRatio;
  const peerOk = ours === undefined || peer === undefined ? undefined : ours > peer;
  return { line: c.line, rawOk, peerOk };
}

const okText = (ok: boolean | undefined): string => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

export function comparisonTable(comparisons: readonly Comparison[]): string {
  return table(
    ['line', 'ledger events/s', 'ratio to raw', 'ratio to peer', 'target', 'result', 'ledger errors'],
    comparisons.map((c) => {
      const ours = rate(c.ours);
      const raw = rate(c.raw);
      const peer = rate(c.peer);
      const v = judge(c);
      const rawRatio = ours !== undefined && raw ? ours / raw : undefined;
      const peerRatio =
        ours !== undefined && peer !== undefined ? (peer === 0 ? Infinity : ours / peer) : undefined;
      const target = [
        c.minRawRatio !== undefined ? `≥ ${c.minRawRatio}× ${c.rawLabel}` : undefined,
        'ahead of peer',
      ]
        .filter(Boolean)
        .join(', ');
      const result =
        c.minRawRatio !== undefined
          ? `raw ${okText(v.rawOk)}, peer ${okText(v.peerOk)}`
          : `peer ${okText(v.peerOk)}`;
      return [
        c.line,
        formatRate(ours),
        `${formatRatio(rawRatio)} (${c.rawLabel} ${formatRate(raw)})`,
        `${formatRatio(peerRatio)} (${formatRate(peer)})`,
        target,
        result,
        c.ours ? formatErrors(c.ours) : '—',
      ];
    }),
    [1],
  );
}

export function summary(comparisons: readonly Comparison[]): string[] {
  const verdicts = comparisons.map(judge);
  const checks = verdicts.flatMap((v) => [
    { line: v.line, what: 'ratio to raw', ok: v.rawOk },
    { line: v.line, what: 'ahead of the peer', ok: v.peerOk },
  ]);
  const judged = checks.filter((c) => c.ok !== undefined);
  const failed = judged.filter((c) => !c.ok);
  const out = [`targets met: ${judged.length - failed.length} of ${judged.length}`];
  for (const f of failed) out.push(`  MISSED: ${f.line} — ${f.what}`);
  const unjudged = comparisons.filter((c) => c.peer === undefined || rate(c.peer) === undefined);
  if (unjudged.length)
    out.push(`  not compared with the peer (no figure): ${unjudged.map((c) => c.line).join('; ')}`);
  return out;
}
