import { createHash } from 'node:crypto';

const derived = (prefix: string, kind: string, commandId: string): string =>
  `${prefix}-${createHash('sha256').update(`${kind}\u0000${commandId}`).digest('hex').slice(0, 24)}`;

/** Ids derive from the request's command id: a retry with the same Idempotency-Key names the same thing. */
export const withdrawalIdFor = (commandId: string): string =>
  derived('twd', 'time-bank-withdrawal', commandId);
export const transferIdFor = (commandId: string): string => derived('tbt', 'time-bank-transfer', commandId);
