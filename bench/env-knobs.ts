/** Reading the benches' knobs from the environment, the same way in every bench. */

export const envNumber = (name: string, fallback: number, allowZero = false): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero))
    throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${raw}`);
  return value;
};

export const envFlag = (name: string, fallback: boolean): boolean => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(raw.toLowerCase());
};

/** BENCH_ONLY: a comma-separated subset of `lines` (all of them when unset). */
export function envLines<Line extends string>(lines: readonly Line[]): Set<Line> {
  const only = (process.env.BENCH_ONLY ?? lines.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const line of only) {
    if (!(lines as readonly string[]).includes(line))
      throw new Error(`BENCH_ONLY: unknown line ${line} (lines: ${lines.join(', ')})`);
  }
  return new Set(only as Line[]);
}
