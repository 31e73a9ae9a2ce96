import type { FastifyReply } from 'fastify';
import { ProblemError } from './problem';

/**
 * The stream revision a client last saw, from `If-Match: "7"` (weak tags and `*` are accepted:
 * `*` means "whatever it is now", i.e. no check). Missing means no check either.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header).trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(value);
  if (!match) {
    throw ProblemError.of(
      400,
      'VALIDATION_FAILED',
      'If-Match must be an ETag this API returned, such as "3"',
      {
        errors: [{ field: 'If-Match', message: 'must be a quoted revision number' }],
      },
    );
  }
  return Number(match[1]);
}

/** ETags are stream revisions: a client sends one back in If-Match to write only if nothing changed. */
export function setETag(reply: FastifyReply, revision: number): void {
  void reply.header('etag', `"${revision}"`);
}

/** A create answered: 201, where the new resource lives, and its revision as the ETag. */
export function replyCreated(reply: FastifyReply, location: string, revision: number): void {
  setETag(reply, revision);
  void reply.status(201).header('location', location);
}
