import { isApiError } from '../../../api/api-error';
import { newIdempotencyKey } from '../../../api/client';

/**
 * One Idempotency-Key per attempt: asking again for the same thing (same signature) after an
 * answer that never arrived reuses the key, so the server does it at most once; once an attempt
 * has a definite answer it is settled and the next request is a new attempt with a new key.
 */
export class AttemptKeys {
  private current?: { readonly signature: string; readonly key: string };

  keyFor(signature: string): string {
    if (this.current?.signature !== signature) {
      this.current = { signature, key: newIdempotencyKey() };
    }
    return this.current.key;
  }

  settle(): void {
    this.current = undefined;
  }
}

/**
 * Whether a failed request may still have been carried out: the connection failed or the server
 * failed midway. A refusal (4xx) is a definite answer.
 */
export const outcomeUnknown = (error: unknown): boolean =>
  !isApiError(error) || error.status === 0 || error.status >= 500;
