import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mapError } from './error-mapping';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** Every error leaves the API as application/problem+json; nothing else ever reaches the client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
): void {
  const mapped = mapError(error);
  if (mapped.internal) {
    logger.error({
      msg: 'request failed',
      reqId: request.id,
      method: request.method,
      route: request.routeOptions?.url,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    });
  }
  if (reply.sent) return;
  void reply
    .status(mapped.problem.status)
    .headers(mapped.headers)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...mapped.problem, instance: request.url.split('?')[0] }));
}
