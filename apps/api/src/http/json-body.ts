import { parse as parseQueryString } from 'node:querystring';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { ProblemError } from './problem';

/**
 * How deep a JSON body may nest objects and arrays; the body itself is level 1. The deepest body
 * the API reads is a credential sent to `POST /verify` (credential → credentialSubject → records →
 * a record: 4 levels); every DTO is 3 at most (bulk service records: body → entries → an entry).
 * 32 leaves ample room for those and refuses what no client of ours sends: the validation pipe
 * (class-transformer, class-validator) walks a body recursively, and a few thousand levels
 * overflow its stack (a 500).
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * True when JSON text opens more than `max` objects or arrays inside one another. One pass over the
 * bytes, no recursion, nothing allocated; brackets inside strings do not count. (A multi-byte UTF-8
 * character never contains these ASCII bytes.) Text that is not JSON may pass: the parser refuses it.
 */
export function nestsDeeperThan(text: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

const tooDeep = (): ProblemError =>
  ProblemError.of(400, 'VALIDATION_FAILED', `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`, {
    errors: [{ field: 'body', message: `nests deeper than ${MAX_JSON_DEPTH} levels` }],
  });

/**
 * The body parsers of every route, in place of the ones Nest registers by default: JSON bodies are
 * measured before they are parsed, so a body nested deeper than MAX_JSON_DEPTH is a 400 before any
 * pipe, guard or handler sees it; the parsing itself is Fastify's (prototype poisoning refused).
 * Form bodies are parsed as before (flat: they cannot nest).
 */
export function useBodyParsers(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const { bodyLimit } = fastify.initialConfig;
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(tooDeep(), undefined);
      return;
    }
    parseJson(request, body as unknown as string, done);
  });
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, (_request, body, done) => {
    // Every pair, as Nest's own form parser gave (node's parser stops at 1,000 unless told otherwise).
    done(null, parseQueryString(body.toString('utf8'), '&', '=', { maxKeys: 0 }));
  });
}
