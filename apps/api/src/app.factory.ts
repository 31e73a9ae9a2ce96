import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type Clock, type LedgerConfig, type LedgerCoreOptions, loadLedgerConfig } from '@ledger/application';
import { LogController } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module';
import { useBodyParsers } from './http/json-body';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';
import { createRootLogger, PinoNestLogger } from './logging/pino-nest-logger';
import { serveWebConsole } from './web/web-console';

export interface ApiAppOptions {
  readonly config?: LedgerConfig;
  readonly clock?: Clock;
  readonly logger?: PinoLogger;
  /** Opens the event store instead of the one `config.store` names (tests only: see LedgerCoreOptions). */
  readonly eventStore?: LedgerCoreOptions['eventStore'];
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the API exactly as `npm start` serves it; the end-to-end tests use the same function. */
export async function createApiApp(options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const config = options.config ?? loadLedgerConfig();
  const root = options.logger ?? createRootLogger(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: root,
    // One line per request, written by the onResponse hook below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, clock: options.clock, eventStore: options.eventStore }),
    adapter,
    { logger: new PinoNestLogger(root), abortOnError: false },
  );

  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  useBodyParsers(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info({
      msg: 'request',
      method: request.method,
      route: request.routeOptions?.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      actor: request.actor?.accountId,
    });
  });

  const openApi = new DocumentBuilder()
    .setTitle('Volunteer Ledger API')
    .setDescription(
      'The HTTP contract of the Volunteer Ledger (科技志愿服务 ledger). Errors are RFC 9457 application/problem+json with a stable `code`.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });

  await serveWebConsole(app, root);
  await app.init();
  return app;
}
