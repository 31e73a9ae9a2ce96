import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { businessToday, formatDate, formatDateTime, formatSpan, formatTime } from './dates';

/**
 * The module's answers on a device in another zone (Los Angeles, UTC−8): a node process started
 * with that TZ, which a test file cannot change for itself, runs dates.ts and prints what it shows.
 */
function formattedInZone(zone: string): Record<string, string | number> {
  const source = readFileSync(join(__dirname, 'dates.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const dir = mkdtempSync(join(tmpdir(), 'console-dates-'));
  writeFileSync(join(dir, 'dates.js'), js);
  const script = `
    const d = require(${JSON.stringify(join(dir, 'dates.js'))});
    console.log(JSON.stringify({
      offset: new Date('2026-11-18T02:00:00Z').getTimezoneOffset(),
      date: d.formatDate('2026-11-18T02:00:00Z', 'zh'),
      dateTime: d.formatDateTime('2026-11-18T02:00:00Z', 'zh'),
      late: d.formatDateTime('2026-11-17T16:30:00Z', 'zh'),
      english: d.formatDateTime('2026-11-17T16:30:00Z', 'en'),
      businessDate: d.formatDate('2026-03-01', 'zh'),
      today: d.businessToday(new Date('2026-03-01T16:00:00Z')),
    }));`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' }),
  );
}

describe('on a device in another zone', () => {
  it('shows Beijing time all the same', () => {
    const shown = formattedInZone('America/Los_Angeles');
    // The device is at UTC−8 (the test would prove nothing otherwise)…
    expect(shown.offset).toBe(480);
    // …where 18 November 02:00 UTC is 17 November 18:00; in Beijing it is 18 November 10:00.
    expect(shown).toMatchObject({
      date: '2026年11月18日',
      dateTime: '2026年11月18日 10:00',
      late: '2026年11月18日 00:30',
      english: '2026-11-18 00:30',
      businessDate: '2026年3月1日',
      today: '2026-03-02',
    });
  });
});

describe('dates in Beijing time, one format', () => {
  it('a date and a date-time in Chinese', () => {
    // 18 November 02:00 UTC is 10:00 in Beijing and still 17 November in Los Angeles.
    expect(formatDate('2026-11-18T02:00:00Z', 'zh')).toBe('2026年11月18日');
    expect(formatDateTime('2026-11-18T02:00:00Z', 'zh')).toBe('2026年11月18日 10:00');
    // After 16:00 UTC it is the next day in Beijing.
    expect(formatDateTime('2026-11-17T16:30:00.000Z', 'zh')).toBe('2026年11月18日 00:30');
    expect(formatDateTime('2026-11-18T09:05:00+08:00', 'zh')).toBe('2026年11月18日 09:05');
  });

  it('the same in English, as ISO dates', () => {
    expect(formatDate('2026-11-18T02:00:00Z', 'en')).toBe('2026-11-18');
    expect(formatDateTime('2026-11-17T16:30:00Z', 'en')).toBe('2026-11-18 00:30');
  });

  it('a business date (no time) is Beijing’s already and is never shifted by the device’s zone', () => {
    expect(formatDate('2026-03-01', 'zh')).toBe('2026年3月1日');
    expect(formatDate('2026-03-01', 'en')).toBe('2026-03-01');
    expect(formatDateTime('2026-03-01', 'zh')).toBe('2026年3月1日');
  });

  it('a span, a time of day, today', () => {
    expect(formatSpan('2026-03-01T01:00:00Z', '2026-03-01T03:30:00Z', 'zh')).toBe('2026年3月1日 09:00–11:30');
    expect(formatSpan('2026-03-01T14:00:00Z', '2026-03-01T17:00:00Z', 'en')).toBe(
      '2026-03-01 22:00 – 2026-03-02 01:00',
    );
    expect(formatTime('2026-05-30T06:05:00Z')).toBe('14:05');
    expect(businessToday(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('nothing to show is empty, an unreadable value is kept', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});

const SOURCE_ROOT = join(__dirname, '..');
const FORMATTER = join(__dirname, 'dates.ts');

/** The console's sources, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Formatting that uses the device's zone or a format of its own. */
const OWN_FORMATTING = /\.toLocale(Date|Time)?String\(|new Intl\.DateTimeFormat\(/;

describe('one formatting module', () => {
  it('no file but i18n/dates.ts formats a date itself (toLocaleString and the like)', () => {
    const offenders = sourceFiles(SOURCE_ROOT)
      .filter((path) => path !== FORMATTER)
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, index }))
          .filter(({ line }) => OWN_FORMATTING.test(line))
          .map(
            ({ line, index }) =>
              `${relative(SOURCE_ROOT, path)}:${index + 1}: ${line.trim()} — use formatDate/formatDateTime from i18n/dates.ts`,
          ),
      );
    expect(offenders).toEqual([]);
  });

  it('sees the files it checks', () => {
    const names = sourceFiles(SOURCE_ROOT).map((path) => relative(SOURCE_ROOT, path));
    expect(names).toEqual(expect.arrayContaining(['i18n/dates.ts', 'features/venue/shared/format.ts']));
  });
});
