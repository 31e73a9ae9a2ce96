import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One word per thing across the console's roles (volunteer, organiser, venue). Each entry is a word
 * the console no longer uses, the one it uses instead, and why.
 */
const REJECTED: readonly { word: RegExp; instead: string; why: string }[] = [
  {
    word: /时间储蓄/,
    instead: '时间银行',
    why: 'the volunteer’s family page, history and home all say 时间银行; the organiser saw another name',
  },
  {
    word: /冻结/,
    instead: '预留',
    why: 'points held for a redemption are 预留 on the venue counter, the volunteer’s history and the CSV export',
  },
  {
    // A volunteer's one-time code that was already used (兑换码无效、已使用或已过期) is not a redemption.
    word: /(?<!兑换码无效、)已使用/,
    instead: '已核销',
    why: 'a captured redemption is 已核销 at the venue, in its summary, stock and CSV export (the most used word)',
  },
  {
    word: /已兑换/,
    instead: '已核销',
    why: 'as above: the organiser’s volunteer drawer said 已兑换 for the points the venues captured',
  },
  { word: /time[ -]savings/i, instead: 'time bank', why: 'the English for 时间银行' },
  { word: /\bfrozen\b/i, instead: 'held', why: 'the English for 预留' },
  { word: /\bredeemed\b/i, instead: 'captured', why: 'the English for 已核销' },
  // The English "used" and "spent" are not listed: they are ordinary words elsewhere (a code already used).
];

const SOURCE_ROOT = join(__dirname, '..');

/** Every source file of the console that holds words the reader sees: messages tables and the like. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name);
    return isSource ? [path] : [];
  });
}

const messageTables = sourceFiles(SOURCE_ROOT).filter((path) =>
  /defineMessages\(|zh:|'zh'/.test(readFileSync(path, 'utf8')),
);

describe('the console’s terms', () => {
  it('finds the messages tables it checks', () => {
    const names = messageTables.map((path) => relative(SOURCE_ROOT, path));
    expect(names).toEqual(
      expect.arrayContaining([
        'i18n/problem-messages.ts',
        'features/volunteer/family/family-messages.ts',
        'features/volunteer/history/history-reason.ts',
        'features/admin/organisation/volunteers/volunteers-messages.ts',
        'features/venue/shared/redemption-messages.ts',
      ]),
    );
  });

  it.each(REJECTED)('never says $word (say $instead: $why)', ({ word }) => {
    const hits = messageTables.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          word.test(line) ? [`${relative(SOURCE_ROOT, path)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});
