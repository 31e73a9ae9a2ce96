import { createHash } from 'node:crypto';

/** A need's id derives from the submitting command's id, so a retried submission lands on one stream. */
export function needIdFor(commandId: string): string {
  return `nd-${createHash('sha256').update(`need\u0000${commandId}`).digest('hex').slice(0, 24)}`;
}

export const isNeedId = (value: unknown): value is string =>
  typeof value === 'string' && /^nd-[0-9a-f]{24}$/.test(value);

export const needStream = (needId: string): string => `need-${needId}`;

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The tracking number the requester quotes: `XQ` and 10 characters that read unambiguously. */
export function needTrackingNoFor(needId: string): string {
  const digest = createHash('sha256').update(`tracking\u0000${needId}`).digest();
  let out = 'XQ';
  for (let i = 0; i < 10; i++) out += ALPHABET[digest[i]! % ALPHABET.length];
  return out;
}

export const NEED_TRACKING_NO_PATTERN = /^XQ[2-9A-HJ-NP-Z]{10}$/;
