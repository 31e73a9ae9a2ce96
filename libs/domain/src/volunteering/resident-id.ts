import { DateTime } from 'luxon';
import { isValidRegionCode } from '../regions/region-code';

/** GB 11643-1999: the weight of each of the first 17 characters, and the check character per remainder. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The 18th character of a resident ID number whose first 17 digits are given. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export function hasValidCheckCharacter(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && residentIdCheckCharacter(id.slice(0, 17)) === id[17];
}

/**
 * Residence permits of Hong Kong, Macao and Taiwan residents carry 81/82/83 in place of a province;
 * abolished counties stay valid in old numbers, so only the province part is checked.
 */
const plausibleAddressCode = (id: string): boolean =>
  id.startsWith('83') || isValidRegionCode(`${id.slice(0, 2)}0000`);

/**
 * Why an (upper-cased) 18-character resident ID number is not one, or null when it is: the address
 * code, a real birth date between 1900 and `today` (YYYY-MM-DD, when given), and the check character.
 */
export function residentIdProblem(id: string, today?: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'a resident ID number has 17 digits and a check digit or X';
  if (!plausibleAddressCode(id)) return 'the resident ID number does not start with a known region';
  const birth = DateTime.fromFormat(id.slice(6, 14), 'yyyyMMdd', { zone: 'Asia/Shanghai' });
  if (!birth.isValid || birth.year < 1900) return 'the resident ID number does not hold a real birth date';
  if (today !== undefined && birth.toISODate()! > today)
    return 'the resident ID number holds a birth date in the future';
  if (!hasValidCheckCharacter(id)) return 'the check digit of the resident ID number is wrong';
  return null;
}
