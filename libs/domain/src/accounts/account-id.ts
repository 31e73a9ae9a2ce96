import { createHash } from 'node:crypto';

/** Usernames compare without regard to case or surrounding space. */
export const normalizeUsername = (username: string): string => username.trim().toLowerCase();

/**
 * An account's id derives from its normalized username, so two concurrent registrations of one
 * name land on the same stream and the second is refused by the store (no_stream), not by a read
 * model that might lag. The id is opaque: it does not spell the username in every event's metadata.
 */
export const accountIdFor = (username: string): string =>
  'acc-' + createHash('sha256').update(normalizeUsername(username)).digest('hex').slice(0, 24);

export const accountStream = (accountId: string): string => `account-${accountId}`;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{2,63}$/i;

/** The shortest password an account may have (at registration, change and reset). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
