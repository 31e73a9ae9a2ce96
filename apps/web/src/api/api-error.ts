export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A refusal from the API (its problem+json document), or a network failure (`NETWORK_ERROR`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  static network(cause: unknown): ApiError {
    return new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
