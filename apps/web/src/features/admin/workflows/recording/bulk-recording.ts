import { ApiError, type FieldError } from '../../../../api/api-error';

/** One entry's answer in `POST /service-records/bulk` (201 recorded, else the problem a single POST would get). */
export interface BulkEntryResult {
  readonly index: number;
  readonly status: number;
  readonly record?: { readonly id: string; readonly minutes: number; readonly status: string };
  readonly error?: {
    readonly code?: string;
    readonly detail?: string;
    readonly title?: string;
    readonly status?: number;
    readonly errors?: FieldError[];
  };
}

export interface BulkResult {
  readonly activityId: string;
  readonly created: number;
  readonly failed: number;
  readonly results: readonly BulkEntryResult[];
}

export type EntryOutcome =
  | { readonly status: 'recorded'; readonly recordId: string; readonly minutes: number }
  | { readonly status: 'refused'; readonly error: ApiError };

/** Each entry's outcome by its index; a refused entry carries its problem as an ApiError, as a single POST would. */
export function outcomesOf(result: BulkResult): Map<number, EntryOutcome> {
  const outcomes = new Map<number, EntryOutcome>();
  for (const entry of result.results) {
    if (entry.status >= 200 && entry.status < 300 && entry.record) {
      outcomes.set(entry.index, {
        status: 'recorded',
        recordId: entry.record.id,
        minutes: entry.record.minutes,
      });
    } else {
      const problem = entry.error ?? {};
      outcomes.set(entry.index, {
        status: 'refused',
        error: new ApiError(
          problem.status ?? entry.status,
          problem.code ?? `HTTP_${entry.status}`,
          problem.detail ?? problem.title ?? '',
          problem.errors ?? [],
        ),
      });
    }
  }
  return outcomes;
}
