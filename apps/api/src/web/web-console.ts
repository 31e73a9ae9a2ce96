import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { Logger as PinoLogger } from 'pino';

/**
 * The console is a single-page app: hashed assets are cached for a year, index.html never, and any
 * other GET outside the API answers index.html so that a bookmarked /admin/records opens the page.
 * The API's own paths keep their problem+json 404s.
 */
const API_PATHS = /^\/(api|health)(\/|$)/;
/** A path naming a file (`/assets/x.js`, `/favicon.ico`): when no such file exists, it is a 404, not the app. */
const FILE_PATH = /\/assets\/|\/[^/]*\.[a-z0-9]+$/;

/** The path as the router would see it: no query, slashes collapsed, letters in one case. */
const normalisedPath = (url: string): string =>
  url
    .split(/[?#]/)[0]
    .replace(/\/{2,}/g, '/')
    .toLowerCase();

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // antd writes its styles at run time (CSS-in-JS).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** dist/web of this checkout, wherever the code runs from (built JavaScript or ts-jest). */
export function defaultWebConsoleDir(start = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

function htmlHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin');
}

export async function serveWebConsole(
  app: NestFastifyApplication,
  logger: PinoLogger,
  dir = defaultWebConsoleDir(),
): Promise<boolean> {
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn({ msg: 'web console not built; `npm run build` builds it into dist/web', dir });
    return false;
  }
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: false,
    // The build writes name.br and name.gz beside each text asset (apps/web/vite.config.ts): the
    // smallest one the browser accepts is sent with its content-encoding, the plain file to a client
    // that asks for none, and every answer says `vary: accept-encoding`.
    preCompressed: true,
    setHeaders: (reply, sentPath) => {
      // The path of the file sent: name.br or name.gz when a compressed copy was chosen.
      const path = sentPath.replace(/\.(br|gz)$/, '');
      // index.html is also reachable by its own name: the same headers as the app everywhere else.
      if (path.endsWith('.html')) htmlHeaders(reply);
      void reply
        .header('x-content-type-options', 'nosniff')
        .header(
          'cache-control',
          path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    const path = normalisedPath(request.url);
    if (API_PATHS.test(path) || FILE_PATH.test(path)) return reply.callNotFound();
    return htmlHeaders(reply).sendFile('index.html', dir);
  });
  fastify.get('/', (_request, reply) => htmlHeaders(reply).sendFile('index.html', dir));
  return true;
}
