import { BUSINESS_TIME_ZONE } from '@ledger/domain';
import { DateTime } from 'luxon';

const monthStart = (month: string): DateTime =>
  DateTime.fromFormat(month, 'yyyy-MM', { zone: BUSINESS_TIME_ZONE });

/** The month (YYYY-MM) an instant falls in, in Asia/Shanghai. */
export const businessMonthOf = (now: Date): string =>
  DateTime.fromJSDate(now).setZone(BUSINESS_TIME_ZONE).toFormat('yyyy-MM');

/** The month `count` months after `month` (before, when negative). */
export const addMonths = (month: string, count: number): string =>
  monthStart(month).plus({ months: count }).toFormat('yyyy-MM');

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
/** How many months `from`…`to` holds (0 when `to` is before `from`), without listing them. */
export function monthCount(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return Math.max(0, index(to) - index(from) + 1);
}

export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}
