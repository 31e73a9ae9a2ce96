import { isApiError } from '../../../../api/api-error';

/** The parts of a round that say how far its finalize has come. */
export interface FinalizeState {
  readonly status: string;
  readonly candidateCount: number;
  readonly excludedCount: number;
  readonly awarded: number;
  readonly unchanged: number;
  readonly skipped: number;
}

/** Candidates settled so far (awarded, already at that star, or skipped) out of those to settle. */
export function finalizeProgress(round: FinalizeState): {
  readonly settled: number;
  readonly toSettle: number;
  readonly percent: number;
} {
  const toSettle = Math.max(0, round.candidateCount - round.excludedCount);
  const settled = round.awarded + round.unchanged + round.skipped;
  const percent =
    round.status === 'finalized' || toSettle === 0
      ? 100
      : Math.min(99, Math.floor((settled / toSettle) * 100));
  return { settled, toSettle, percent };
}

/**
 * Failures after which calling finalize again is the cure: the server is resumable and never awards
 * twice, so a dropped connection, a gateway timeout on a long finalize or a concurrent finalizer
 * (409) are met with another call. Business refusals (422) are final and go to the person.
 */
export function isWorthRetrying(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === 'NETWORK_ERROR' || error.code === 'CONFLICT' || error.status >= 500;
}

export interface FinalizeRunOptions<R> {
  /** Each answer, so the page can show the awarded count as it grows. */
  readonly onAnswer?: (round: R) => void;
  /** Calls at most, answers and retried failures together. */
  readonly maxCalls?: number;
  /** Failures in a row before giving up. */
  readonly maxFailures?: number;
  readonly retryDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls finalize until the round says it is finalized. Throws the first business refusal, the last
 * failure when they keep coming, or an Error when the calls run out with the round still finalizing.
 */
export async function finalizeUntilDone<R extends { readonly status: string }>(
  call: () => Promise<R>,
  options: FinalizeRunOptions<R> = {},
): Promise<R> {
  const { maxCalls = 20, maxFailures = 3, retryDelayMs = 1000, sleep = wait } = options;
  let failures = 0;
  let last: R | undefined;
  for (let calls = 0; calls < maxCalls; calls++) {
    try {
      last = await call();
      failures = 0;
      options.onAnswer?.(last);
      if (last.status === 'finalized') return last;
    } catch (error) {
      if (!isWorthRetrying(error) || ++failures >= maxFailures) throw error;
      await sleep(retryDelayMs * failures);
    }
  }
  throw new Error(`the round is still ${last?.status ?? 'unanswered'} after ${maxCalls} calls`);
}
