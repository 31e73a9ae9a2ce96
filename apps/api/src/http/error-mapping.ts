import { HttpException } from '@nestjs/common';
import { AccessDenied, ConcurrencyConflict, ConfigurationError } from '@ledger/application';
import { AlreadyExists, NotFound, RuleViolation, ValidationFailed } from '@ledger/domain';
import { EventIdConflictError, InvalidAppendError, WrongExpectedRevisionError } from '@ledger/event-store';
import { problem, ProblemError, type ProblemDetails } from './problem';

export interface MappedError {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;
  /** True for failures of the ledger itself (logged with their stack), not of the request. */
  readonly internal: boolean;
}

const HTTP_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Fastify's own errors (body parsing, size, media type) are the client's doing, not ours. */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'the body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'VALIDATION_FAILED', detail: 'the JSON body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'the body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'send JSON with Content-Type: application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'invalid Content-Length',
  },
};

/** One mapping from every error the ledger can raise to the problem document the client gets. */
export function mapError(error: unknown): MappedError {
  const plain = (p: ProblemDetails, headers: Record<string, string> = {}): MappedError => ({
    problem: p,
    headers,
    internal: false,
  });

  if (error instanceof ProblemError) return plain(error.problem, error.headers);
  if (error instanceof NotFound) return plain(problem(404, 'NOT_FOUND', error.message));
  if (error instanceof AlreadyExists) return plain(problem(409, 'CONFLICT', error.message));
  if (error instanceof ValidationFailed) {
    return plain(problem(400, 'VALIDATION_FAILED', error.message, { errors: error.errors }));
  }
  if (error instanceof RuleViolation) {
    const status = error.code === 'VALIDATION_FAILED' ? 400 : 422;
    return plain(problem(status, error.code, error.message, error.details ? { details: error.details } : {}));
  }
  if (error instanceof AccessDenied) return plain(problem(403, 'FORBIDDEN', error.message));
  if (error instanceof ConcurrencyConflict) {
    return plain(
      problem(409, 'CONFLICT', error.message, {
        expectedRevision: error.expected,
        actualRevision: error.actual,
      }),
    );
  }
  if (error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError) {
    return plain(
      problem(409, 'CONFLICT', 'a concurrent write changed this resource; read it again and retry'),
    );
  }
  if (error instanceof InvalidAppendError) return plain(problem(400, 'VALIDATION_FAILED', error.message));
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
    const detail = status === 404 ? 'no such resource or route' : error.message;
    return { problem: problem(status, code, detail), headers: {}, internal: status >= 500 };
  }
  const fastifyCode = (error as { code?: unknown })?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) {
    const known = FASTIFY_CODES[fastifyCode];
    return plain(problem(known.status, known.code, known.detail));
  }
  const statusCode = (error as { statusCode?: unknown })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return plain(problem(statusCode, HTTP_CODES[statusCode] ?? 'BAD_REQUEST', (error as Error).message));
  }
  if (error instanceof ConfigurationError) {
    return {
      problem: problem(500, 'INTERNAL_ERROR', 'the ledger is misconfigured'),
      headers: {},
      internal: true,
    };
  }
  return {
    problem: problem(500, 'INTERNAL_ERROR', 'the ledger could not complete the request; it has been logged'),
    headers: {},
    internal: true,
  };
}
