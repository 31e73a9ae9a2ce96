import dayjs, { type Dayjs } from 'dayjs';
import { shanghaiWallTime, toShanghaiDateTime } from '../../organisation/shared/business-time';

/** The longest session one record may hold (the API's SERVICE_TOO_LONG). */
export const SERVICE_MAX_MS = 24 * 60 * 60 * 1000;

/** The API's limit for a record's content (TEXT_LIMITS.content). */
export const CONTENT_MAX_LENGTH = 1000;

/**
 * An instant as a picker value showing its Beijing wall-clock time, whatever the browser's zone:
 * the picker's value is read back with `toShanghaiDateTime`, which sends it with +08:00.
 */
export const pickerValueOf = (iso: string): Dayjs => dayjs(shanghaiWallTime(iso).replace(' ', 'T'));

export type SessionProblem = 'end-not-after-start' | 'too-long';

/** What the API would refuse in a session's times before anything is sent (the future is the server's to judge). */
export function sessionProblem(start: Dayjs, end: Dayjs): SessionProblem | null {
  const from = Date.parse(toShanghaiDateTime(start));
  const to = Date.parse(toShanghaiDateTime(end));
  if (to <= from) return 'end-not-after-start';
  if (to - from > SERVICE_MAX_MS) return 'too-long';
  return null;
}
