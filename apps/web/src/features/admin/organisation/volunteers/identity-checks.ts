import type { IdType } from '../shared/types';
import { residentIdCheckCharacter, residentIdProblem, type ResidentIdProblem } from './resident-id';

/**
 * What the registration form checks before sending, as the API does (personal-data.ts in the domain):
 * the ID number for its type and a phone number. Each answer is a problem key the form puts in words.
 */
export type IdNumberProblem = ResidentIdProblem | 'passport' | 'hk-macao' | 'taiwan' | 'foreign';

export function idNumberProblem(idType: IdType, value: string, today: string): IdNumberProblem | null {
  const id = value.replace(/\s/g, '').toUpperCase();
  switch (idType) {
    case 'resident-id':
      return residentIdProblem(id, today);
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(id) ? null : 'passport';
    case 'hk-macao-permit':
      return /^[HM]\d{8}(\d{2})?$/.test(id) ? null : 'hk-macao';
    case 'taiwan-permit':
      return /^\d{8}(\d{2})?$/.test(id) ? null : 'taiwan';
    case 'foreign-permanent-resident':
      if (/^[A-Z]{3}\d{12}$/.test(id)) return null;
      // The 2023 card: 18 characters starting with 9, with the resident ID's check character.
      if (/^9\d{16}[\dX]$/.test(id))
        return residentIdCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'check-digit';
      return 'foreign';
  }
}

/** Spaces and hyphens are layout; +86/0086 before a mainland number is dropped. */
export function normalizePhone(phone: string): string {
  const compact = phone.trim().replace(/[\s-]/g, '').replace(/^00/, '+');
  return /^\+861[3-9]\d{9}$/.test(compact) ? compact.slice(3) : compact;
}

/** A mainland mobile number (13812345678) or an international one (+85291234567). */
export function isPhone(phone: string): boolean {
  const normalized = normalizePhone(phone);
  return /^1[3-9]\d{9}$/.test(normalized) || /^\+(?!86)[1-9]\d{6,14}$/.test(normalized);
}
