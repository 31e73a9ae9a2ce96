import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSyncExternalStore } from 'react';

/** A period as the form holds it: first and last day, either still unpicked. */
export type DateRange = [Dayjs | null, Dayjs | null] | null;

/**
 * Below this width a two-month range calendar does not fit (a 375 px phone opened it at x = −231):
 * the period is then picked as two dates, one calendar month at a time, each field full width.
 */
export const NARROW_QUERY = '(max-width: 599px)';

const subscribe = (onChange: () => void) => {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener?.('change', onChange);
  return () => query.removeEventListener?.('change', onChange);
};
const narrowNow = () =>
  typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW_QUERY).matches;

/** Whether the screen is a phone's: too narrow for a two-month calendar. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, narrowNow, () => false);
}

export interface DateRangeFieldProps {
  /** Given by antd's Form.Item. */
  readonly value?: DateRange;
  readonly onChange?: (value: DateRange) => void;
  /** The first and last day's placeholders. */
  readonly placeholder: [string, string];
  readonly disabledDate?: (date: Dayjs) => boolean;
  readonly id?: string;
}

/**
 * A period's first and last day. On a wide screen antd's range picker; on a phone two date fields
 * one under the other, whose one-month calendars open within the screen.
 */
export function DateRangeField({ value, onChange, placeholder, disabledDate, id }: DateRangeFieldProps) {
  const narrow = useNarrowScreen();
  const [from, to] = value ?? [null, null];
  if (!narrow) {
    return (
      <DatePicker.RangePicker
        id={id}
        style={{ width: '100%' }}
        placeholder={placeholder}
        disabledDate={disabledDate}
        allowEmpty={[false, false]}
        value={value ?? null}
        onChange={(dates) => onChange?.(dates ? [dates[0] ?? null, dates[1] ?? null] : null)}
      />
    );
  }
  const pick = (next: [Dayjs | null, Dayjs | null]) =>
    onChange?.(next[0] === null && next[1] === null ? null : next);
  return (
    <div data-testid="date-range-narrow" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <DatePicker
        id={id}
        style={{ width: '100%' }}
        placeholder={placeholder[0]}
        disabledDate={(date) => !!disabledDate?.(date) || (to !== null && date.isAfter(to, 'day'))}
        placement="bottomLeft"
        value={from}
        onChange={(date: Dayjs | null) => pick([date ?? null, to])}
      />
      <DatePicker
        style={{ width: '100%' }}
        placeholder={placeholder[1]}
        disabledDate={(date) => !!disabledDate?.(date) || (from !== null && date.isBefore(from, 'day'))}
        placement="bottomLeft"
        value={to}
        onChange={(date: Dayjs | null) => pick([from, date ?? null])}
      />
    </div>
  );
}
