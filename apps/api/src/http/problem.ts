/**
 * RFC 9457 problem details. `code` is the stable name clients switch on (API.md); `type` is a URN
 * built from it, so it never changes with the host the ledger runs on.
 */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  extensions: { errors?: readonly FieldError[]; instance?: string; [key: string]: unknown } = {},
): ProblemDetails {
  return {
    type: `urn:volunteer-ledger:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extensions,
  };
}

/** An error that already knows its problem document; thrown by guards, pipes and the HTTP layer. */
export class ProblemError extends Error {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
    this.name = 'ProblemError';
  }

  static of(
    status: number,
    code: string,
    detail: string,
    extensions?: Parameters<typeof problem>[3],
  ): ProblemError {
    return new ProblemError(problem(status, code, detail, extensions));
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
