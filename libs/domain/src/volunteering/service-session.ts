import { DateTime } from 'luxon';
import { RuleViolation } from '../errors';
import { instantMillis, isOffsetDateTime } from '../time/business-time';

/** Limits of one service session, as data. */
export const SERVICE_SESSION_RULES = {
  /** A session longer than a day is a typo or two sessions. */
  maxMinutes: 24 * 60,
  timeZone: 'Asia/Shanghai',
} as const;

export interface ServiceSession {
  /** Normalized to Asia/Shanghai with its offset, to the second. */
  readonly startedAt: string;
  readonly endedAt: string;
  /** Whole minutes between them (rounded down). */
  readonly minutes: number;
  /** The business date the session started on. */
  readonly serviceDate: string;
}

const inBusinessTime = (millis: number): DateTime =>
  DateTime.fromMillis(millis, { zone: SERVICE_SESSION_RULES.timeZone });

const isoOf = (dateTime: DateTime): string =>
  dateTime.toISO({ suppressMilliseconds: true, includeOffset: true })!;

/**
 * The rules of a service session's time, in one place: times must state their offset; the end comes
 * after the start, no later than `now`, at most a day later; a session lasts at least a minute.
 * Sessions crossing midnight count in full, on the date they started.
 */
export function serviceSession(startedAt: string, endedAt: string, now: string): ServiceSession {
  const problems: { field: string; message: string }[] = [];
  if (!isOffsetDateTime(startedAt))
    problems.push({ field: 'startedAt', message: 'startedAt must be an ISO-8601 date-time with offset' });
  if (!isOffsetDateTime(endedAt))
    problems.push({ field: 'endedAt', message: 'endedAt must be an ISO-8601 date-time with offset' });
  if (problems.length) {
    throw new RuleViolation('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), {
      errors: problems,
    });
  }
  const startMillis = instantMillis(startedAt);
  const endMillis = instantMillis(endedAt);
  if (endMillis <= startMillis) {
    throw new RuleViolation('END_NOT_AFTER_START', 'the session must end after it starts', {
      startedAt,
      endedAt,
    });
  }
  if (endMillis > instantMillis(now)) {
    throw new RuleViolation('SERVICE_IN_FUTURE', 'a session can be recorded only once it has ended', {
      endedAt,
      now,
    });
  }
  const minutes = Math.floor((endMillis - startMillis) / 60_000);
  if (minutes > SERVICE_SESSION_RULES.maxMinutes) {
    throw new RuleViolation(
      'SERVICE_TOO_LONG',
      `a session lasts at most ${SERVICE_SESSION_RULES.maxMinutes} minutes; record longer service as several sessions`,
      { minutes, maxMinutes: SERVICE_SESSION_RULES.maxMinutes },
    );
  }
  if (minutes < 1) throw new RuleViolation('SERVICE_TOO_SHORT', 'a session lasts at least one whole minute');
  // Luxon renders both ends and the service date in Asia/Shanghai, whatever offset they came with.
  const start = inBusinessTime(startMillis);
  const end = inBusinessTime(endMillis);
  return {
    startedAt: isoOf(start),
    endedAt: isoOf(end),
    minutes,
    serviceDate: start.toISODate()!,
  };
}

/** True when two sessions share any instant; one ending as the next starts does not overlap. */
export function sessionsOverlap(
  a: { readonly startedAt: string; readonly endedAt: string },
  b: { readonly startedAt: string; readonly endedAt: string },
): boolean {
  // Stored times are normalized ISO-8601 with offset, which Date.parse reads exactly (and fast).
  const millis = (instant: string) => Date.parse(instant);
  return millis(a.startedAt) < millis(b.endedAt) && millis(b.startedAt) < millis(a.endedAt);
}
