import { RuleViolation } from '../errors';

/**
 * China's working-day calendar as data: the public holidays (法定节假日, with the days off they are
 * joined to) and the weekend days worked in exchange (调休上班), per the State Council's yearly
 * notice 《国务院办公厅关于YYYY年部分节假日安排的通知》. Every other Saturday and Sunday is a day off,
 * every other weekday a working day. A star round's notice period (公示期) is counted on it.
 *
 * To add a year: copy its notice's days off and worked weekend days below, bump `version`. A year
 * marked `provisional` holds only the statutory holidays of 《全国年节及纪念日放假办法》 (2024), not the
 * notice's 调休 arrangement: replace it with the notice once published.
 */
export interface HolidayYear {
  readonly source: string;
  readonly provisional: boolean;
  /** Days off (YYYY-MM-DD, inclusive ranges [from, to]). */
  readonly daysOff: readonly (readonly [string, string])[];
  /** Saturdays and Sundays worked (调休上班). */
  readonly workedWeekendDays: readonly string[];
}

export interface HolidayCalendar {
  readonly id: string;
  readonly version: string;
  readonly years: Readonly<Record<number, HolidayYear>>;
}

export const CN_HOLIDAY_CALENDAR: HolidayCalendar = {
  id: 'cn-public-holidays',
  version: 'cn-public-holidays@2025-2027.1',
  years: {
    2025: {
      source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
      provisional: false,
      daysOff: [
        ['2025-01-01', '2025-01-01'], // 元旦
        ['2025-01-28', '2025-02-04'], // 春节
        ['2025-04-04', '2025-04-06'], // 清明节
        ['2025-05-01', '2025-05-05'], // 劳动节
        ['2025-05-31', '2025-06-02'], // 端午节
        ['2025-10-01', '2025-10-08'], // 国庆节、中秋节
      ],
      workedWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    2026: {
      source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
      provisional: false,
      daysOff: [
        ['2026-01-01', '2026-01-03'], // 元旦
        ['2026-02-15', '2026-02-23'], // 春节
        ['2026-04-04', '2026-04-06'], // 清明节
        ['2026-05-01', '2026-05-05'], // 劳动节
        ['2026-06-19', '2026-06-21'], // 端午节
        ['2026-09-25', '2026-09-27'], // 中秋节
        ['2026-10-01', '2026-10-07'], // 国庆节
      ],
      workedWeekendDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
    2027: {
      source:
        '全国年节及纪念日放假办法（2024年修订）: statutory days only; 除夕 is 腊月廿九 (2027-02-05) in 2027. ' +
        'Replace with the 2027 notice of the State Council once confirmed.',
      provisional: true,
      daysOff: [
        ['2027-01-01', '2027-01-01'], // 元旦
        ['2027-02-05', '2027-02-08'], // 春节: 除夕 to 正月初三
        ['2027-04-05', '2027-04-05'], // 清明节
        ['2027-05-01', '2027-05-02'], // 劳动节
        ['2027-06-09', '2027-06-09'], // 端午节
        ['2027-09-15', '2027-09-15'], // 中秋节
        ['2027-10-01', '2027-10-03'], // 国庆节
      ],
      workedWeekendDays: [],
    },
  },
};

interface CompiledCalendar {
  readonly daysOff: ReadonlySet<string>;
  readonly worked: ReadonlySet<string>;
  readonly years: ReadonlySet<number>;
}

const compiled = new WeakMap<HolidayCalendar, CompiledCalendar>();

const DAY = 86_400_000;
const toDate = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function compile(calendar: HolidayCalendar): CompiledCalendar {
  let found = compiled.get(calendar);
  if (found) return found;
  const daysOff = new Set<string>();
  for (const year of Object.values(calendar.years)) {
    for (const [from, to] of year.daysOff) {
      for (let ms = toDate(from); ms <= toDate(to); ms += DAY) daysOff.add(fromDate(ms));
    }
  }
  const worked = new Set(Object.values(calendar.years).flatMap((year) => year.workedWeekendDays));
  found = { daysOff, worked, years: new Set(Object.keys(calendar.years).map(Number)) };
  compiled.set(calendar, found);
  return found;
}

/** A working day (工作日) on the calendar: a weekday not off, or a weekend day worked in exchange. */
export function isWorkingDay(date: string, calendar: HolidayCalendar = CN_HOLIDAY_CALENDAR): boolean {
  const c = compile(calendar);
  const year = +date.slice(0, 4);
  if (!c.years.has(year)) {
    throw new RuleViolation(
      'HOLIDAY_CALENDAR_NOT_COVERED',
      `the holiday calendar ${calendar.version} has no data for ${year}: add that year's State Council notice`,
      { year, calendarVersion: calendar.version },
    );
  }
  if (c.worked.has(date)) return true;
  if (c.daysOff.has(date)) return false;
  const weekday = new Date(toDate(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date` (the day itself not counted): a notice published on
 * `date` for n working days ends on the returned date. n = 0 answers `date`.
 */
export function addWorkingDays(
  date: string,
  n: number,
  calendar: HolidayCalendar = CN_HOLIDAY_CALENDAR,
): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let ms = toDate(date);
  for (let counted = 0; counted < n;) {
    ms += DAY;
    if (isWorkingDay(fromDate(ms), calendar)) counted++;
  }
  return fromDate(ms);
}
