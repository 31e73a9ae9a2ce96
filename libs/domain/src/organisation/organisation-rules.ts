import { RuleViolation, ValidationFailed } from '../errors';
import { isValidRegionCode, regionContains } from '../regions/region-code';

/** Limits shared by the deciders and the HTTP DTOs, so both refuse the same input. */
export const ORGANISATION_NAME_MAX_LENGTH = 100;
export const ACTIVITY_TITLE_MAX_LENGTH = 200;
export const ORGANISATION_REASON_MAX_LENGTH = 500;
/** 大美志愿 registration numbers: letters, digits and dashes (the platform's own format varies). */
export const PLATFORM_REGISTRATION_NO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** What a decider needs to know about the pilot a team, project or station names. */
export interface PilotReference {
  readonly pilotId: string;
  readonly regionCode: string;
}

export function invalid(field: string, message: string): never {
  throw new ValidationFailed([{ field, message }]);
}

export function requireText(value: string, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.trim().length === 0) invalid(field, 'must not be empty');
  if (value.length > maxLength) invalid(field, `must be at most ${maxLength} characters`);
  return value.trim();
}

export function requireRegionCode(value: string, field = 'regionCode'): string {
  if (!isValidRegionCode(value)) invalid(field, 'must be a GB/T 2260 region code such as 410100');
  return value;
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) invalid(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Things count toward a pilot only inside its region (OUTSIDE_PILOT_REGION otherwise). */
export function requireInsidePilot(pilot: PilotReference | null, regionCode: string): string | null {
  if (!pilot) return null;
  if (!regionContains(pilot.regionCode, regionCode)) {
    throw new RuleViolation(
      'OUTSIDE_PILOT_REGION',
      `region ${regionCode} is outside the region ${pilot.regionCode} of pilot ${pilot.pilotId}`,
      { pilotId: pilot.pilotId, pilotRegionCode: pilot.regionCode, regionCode },
    );
  }
  return pilot.pilotId;
}

/** Two regions lie on one line of the hierarchy (one contains the other). */
export const regionsNest = (a: string, b: string): boolean => regionContains(a, b) || regionContains(b, a);
