import { isApiError } from '../../../../api/api-error';

/**
 * Bulk work on service records: one command per record (each record is its own decision on its own
 * volunteer's stream), a few at a time so a long selection neither floods the server nor runs one by
 * one for minutes, and a tally that says per refusal code what went wrong.
 */
export type BulkOutcome<T> =
  | { readonly item: T; readonly status: 'done' }
  | { readonly item: T; readonly status: 'refused'; readonly code: string; readonly error: unknown }
  /** Never sent: the run was stopped before its turn. */
  | { readonly item: T; readonly status: 'not-run' };

export interface BulkProgress {
  readonly total: number;
  readonly done: number;
  readonly succeeded: number;
  readonly refused: number;
}

export interface BulkOptions {
  /** How many requests run at once (1 = one after another). */
  readonly concurrency?: number;
  /** Stops handing out further items; the ones in flight finish. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BulkProgress) => void;
}

export const DEFAULT_BULK_CONCURRENCY = 4;

/** The stable problem code of a failure (`NETWORK_ERROR` for a failure that is not an API answer). */
export const codeOf = (error: unknown): string => (isApiError(error) ? error.code : 'NETWORK_ERROR');

/** Runs `work` for every item with at most `concurrency` in flight; outcomes come in the items' order. */
export async function runBulk<T>(
  items: readonly T[],
  work: (item: T) => Promise<unknown>,
  options: BulkOptions = {},
): Promise<BulkOutcome<T>[]> {
  const total = items.length;
  const outcomes: (BulkOutcome<T> | undefined)[] = new Array(total).fill(undefined);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? DEFAULT_BULK_CONCURRENCY, total || 1));
  let next = 0;
  let succeeded = 0;
  let refused = 0;
  const report = () => options.onProgress?.({ total, done: succeeded + refused, succeeded, refused });

  const worker = async () => {
    while (next < total && !options.signal?.aborted) {
      const index = next++;
      const item = items[index];
      try {
        await work(item);
        outcomes[index] = { item, status: 'done' };
        succeeded++;
      } catch (error) {
        outcomes[index] = { item, status: 'refused', code: codeOf(error), error };
        refused++;
      }
      report();
    }
  };

  report();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes.map((outcome, index) => outcome ?? { item: items[index], status: 'not-run' });
}

export interface BulkTally<T> {
  readonly total: number;
  readonly succeeded: number;
  readonly refused: number;
  readonly notRun: number;
  /** Refusals per code, the most frequent first (then by code, so the order is stable). */
  readonly byCode: readonly { readonly code: string; readonly count: number }[];
  /** Each refused item with its code, in the items' order. */
  readonly refusals: readonly { readonly item: T; readonly code: string; readonly error: unknown }[];
}

export function tallyBulk<T>(outcomes: readonly BulkOutcome<T>[]): BulkTally<T> {
  const counts = new Map<string, number>();
  const refusals: { item: T; code: string; error: unknown }[] = [];
  let succeeded = 0;
  let notRun = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'done') succeeded++;
    else if (outcome.status === 'not-run') notRun++;
    else {
      counts.set(outcome.code, (counts.get(outcome.code) ?? 0) + 1);
      refusals.push({ item: outcome.item, code: outcome.code, error: outcome.error });
    }
  }
  const byCode = [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { total: outcomes.length, succeeded, refused: refusals.length, notRun, byCode, refusals };
}
