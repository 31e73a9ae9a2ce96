import { ValidationFailed } from '../errors';
import { hasValidCheckCharacter, residentIdProblem } from './resident-id';

/** 身份证, 护照, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留身份证. */
export const ID_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-resident',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const PERSON_NAME_MAX_LENGTH = 50;

/** What a registration says about the person, as given. */
export interface PersonalDataInput {
  readonly name: string;
  readonly idType: IdType;
  readonly idNumber: string;
  readonly phone: string;
}

/** The person, normalized and with the masked forms the API shows: the plaintext that gets sealed. */
export interface PersonalProfile {
  readonly name: string;
  readonly idType: IdType;
  readonly idNumber: string;
  readonly idNumberMasked: string;
  readonly phone: string;
  readonly phoneMasked: string;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export const normalizeName = (name: string): string => name.trim().normalize('NFC');

export const normalizeIdNumber = (idNumber: string): string => idNumber.trim().toUpperCase();

/** Spaces and hyphens are layout; `+86`/`0086` before a mainland mobile number is dropped. */
export function normalizePhone(phone: string): string {
  const compact = phone.trim().replace(/[\s-]/g, '').replace(/^00/, '+');
  return /^\+861[3-9]\d{9}$/.test(compact) ? compact.slice(3) : compact;
}

export function nameProblem(name: string): string | null {
  const normalized = normalizeName(name);
  const length = [...normalized].length;
  if (length < 1 || length > PERSON_NAME_MAX_LENGTH)
    return `name must have 1–${PERSON_NAME_MAX_LENGTH} characters`;
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(normalized)) return 'name must not contain control characters';
  return null;
}

/** Why an ID number is not valid for its type, or null. `today` (YYYY-MM-DD) bounds birth dates. */
export function idNumberProblem(idType: IdType, idNumber: string, today?: string): string | null {
  const id = normalizeIdNumber(idNumber);
  switch (idType) {
    case 'resident-id':
      return residentIdProblem(id, today);
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(id) ? null : 'a passport number has 5–20 letters or digits';
    case 'hk-macao-permit':
      return /^[HM]\d{8}(\d{2})?$/.test(id)
        ? null
        : 'a Hong Kong/Macao permit number is H or M and 8 or 10 digits';
    case 'taiwan-permit':
      return /^\d{8}(\d{2})?$/.test(id) ? null : 'a Taiwan permit number has 8 or 10 digits';
    case 'foreign-permanent-resident':
      if (/^[A-Z]{3}\d{12}$/.test(id)) return null;
      if (/^9\d{16}[\dX]$/.test(id))
        return hasValidCheckCharacter(id)
          ? null
          : 'the check digit of the permanent residence number is wrong';
      return 'a permanent residence ID is 3 letters and 12 digits, or 18 characters starting with 9';
  }
}

/** A mainland mobile number (11 digits from 13–19), or an international number in E.164 form. */
export function phoneProblem(phone: string): string | null {
  const normalized = normalizePhone(phone);
  if (/^1[3-9]\d{9}$/.test(normalized)) return null;
  if (/^\+(?!86)[1-9]\d{6,14}$/.test(normalized)) return null;
  return 'phone must be a mainland mobile number (13812345678) or an international number (+85291234567)';
}

const stars = (count: number): string => '*'.repeat(Math.max(0, count));

/** 4101**********1234 for long numbers; short ones (passports, permits) keep only one leading and two trailing characters. */
export function maskIdNumber(idNumber: string): string {
  const id = normalizeIdNumber(idNumber);
  if (id.length >= 15) return id.slice(0, 4) + stars(id.length - 8) + id.slice(-4);
  return id.slice(0, 1) + stars(id.length - 3) + id.slice(-2);
}

/** 138****5678; international numbers keep their country code and the last four digits. */
export function maskPhone(phone: string): string {
  const normalized = normalizePhone(phone);
  if (!normalized.startsWith('+'))
    return normalized.slice(0, 3) + stars(normalized.length - 7) + normalized.slice(-4);
  const shown = Math.max(1, Math.min(4, normalized.length - 8));
  return normalized.slice(0, shown) + stars(normalized.length - shown - 4) + normalized.slice(-4);
}

export function personalDataProblems(input: PersonalDataInput, today?: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = nameProblem(input.name);
  if (name) problems.push({ field: 'name', message: name });
  const id = idNumberProblem(input.idType, input.idNumber, today);
  if (id) problems.push({ field: 'idNumber', message: id });
  const phone = phoneProblem(input.phone);
  if (phone) problems.push({ field: 'phone', message: phone });
  return problems;
}

/** Validates and normalizes what a registration says, adding the masked forms; refuses with every bad field. */
export function preparePersonalData(input: PersonalDataInput, today?: string): PersonalProfile {
  const problems = personalDataProblems(input, today);
  if (problems.length) {
    throw new ValidationFailed(problems);
  }
  const idNumber = normalizeIdNumber(input.idNumber);
  const phone = normalizePhone(input.phone);
  return {
    name: normalizeName(input.name),
    idType: input.idType,
    idNumber,
    idNumberMasked: maskIdNumber(idNumber),
    phone,
    phoneMasked: maskPhone(phone),
  };
}
