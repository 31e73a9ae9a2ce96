import { ProblemError } from '../http/problem';

/** Cursors are opaque to clients: base64url of the log position to continue below. */
export const encodeCursor = (position: number): string => Buffer.from(`p${position}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw ProblemError.of(400, 'VALIDATION_FAILED', 'cursor must be the `next` value of a previous page', {
      errors: [{ field: 'cursor', message: 'not a cursor this API returned' }],
    });
  }
  return Number(match[1]);
}
