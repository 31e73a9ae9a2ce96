import type { ExpectedRevision } from './event-store';

export type ActualRevision = number | 'no_stream';

/** The stream was not at the revision the caller expected: someone else wrote first. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** An event id was reused for different content, or in another stream. */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(
    readonly stream: string,
    readonly eventId: string,
    readonly why: string,
  ) {
    super(`stream ${stream}: event id ${eventId} ${why}`);
    this.name = 'EventIdConflictError';
  }
}

/** The append was malformed (empty stream name, missing event id or type, duplicate ids in one call). */
export class InvalidAppendError extends Error {
  readonly code = 'INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}

export const isConcurrencyError = (
  error: unknown,
): error is WrongExpectedRevisionError | EventIdConflictError =>
  error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError;
