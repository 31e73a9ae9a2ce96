import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { deterministicUuid, newId, type CommandContext } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The command context of a request. The command id is stable across retries when the client sends
 * an Idempotency-Key; it is scoped to the caller and the route, so two clients' keys never collide.
 */
export function commandContextOf(request: FastifyRequest, now: Date): CommandContext {
  const actor = request.actor;
  if (!actor) throw ProblemError.of(401, 'UNAUTHENTICATED', 'sign in first');
  const key = request.headers['idempotency-key'];
  let commandId: string;
  if (key === undefined) {
    commandId = newId();
  } else {
    const value = Array.isArray(key) ? key[0] : key;
    if (!IDEMPOTENCY_KEY.test(value)) {
      throw ProblemError.of(
        400,
        'VALIDATION_FAILED',
        'Idempotency-Key must be 1–128 letters, digits or . _ : -',
        {
          errors: [{ field: 'Idempotency-Key', message: 'invalid format' }],
        },
      );
    }
    const route = `${request.method} ${request.routeOptions?.url ?? request.url}`;
    commandId = deterministicUuid(`${actor.accountId}\u0000${route}\u0000${request.url}\u0000${value}`);
  }
  const correlation = request.headers['x-correlation-id'];
  const correlationId =
    typeof correlation === 'string' && CORRELATION_ID.test(correlation) ? correlation : String(request.id);
  return { commandId, correlationId, causationId: String(request.id), actor, now };
}

/** The signed-in caller, as the auth guard established it. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw ProblemError.of(401, 'UNAUTHENTICATED', 'sign in first');
  return actor;
});
