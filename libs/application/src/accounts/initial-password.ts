import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread for one another on paper (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password an administrator hands over once; its holder must replace it. */
export function generateInitialPassword(length = 12): string {
  let password = '';
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}
