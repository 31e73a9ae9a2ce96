/**
 * The check of a 居民身份证 number (GB 11643-1999) before it is sent: 17 digits, then a check
 * character computed from them (a digit or X). The API checks again (and the region part); this
 * catches a mistyped digit while the person is still at the desk.
 */

/** The weight of each of the first 17 digits, and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The 18th character of a resident ID number whose first 17 characters are digits. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('the first 17 characters must be digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export type ResidentIdProblem = 'format' | 'birth-date' | 'check-digit';

/** Spaces typed while copying from a card are layout; a lower-case x is the same X. */
export const normalizeResidentId = (value: string): string => value.replace(/\s/g, '').toUpperCase();

/**
 * Why `value` is not a resident ID number, or null when it is. `today` (YYYY-MM-DD) bounds the birth
 * date, which must be a real date from 1900 on.
 */
export function residentIdProblem(value: string, today: string): ResidentIdProblem | null {
  const id = normalizeResidentId(value);
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const real =
    birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!real || year < 1900 || birthDate > today) return 'birth-date';
  return residentIdCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'check-digit';
}
