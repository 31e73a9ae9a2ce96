/** The caller's If-Match revision is stale, or the stream kept moving under retries (HTTP 409). */
export class ConcurrencyConflict extends Error {
  readonly code = 'CONFLICT';
  constructor(
    readonly stream: string,
    readonly expected: number | string,
    readonly actual: number | string,
  ) {
    super(`the resource changed: expected revision ${expected}, it is at ${actual}`);
    this.name = 'ConcurrencyConflict';
  }
}
