/** Letters and digits that cannot be misread for one another on paper (no 0/O, 1/l/I), as the API's. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password, made in the browser: the holder must replace it at the first sign-in. */
export function generateInitialPassword(length = 12): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => ALPHABET[n % ALPHABET.length]).join('');
}
