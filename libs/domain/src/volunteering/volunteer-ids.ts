import { createHash } from 'node:crypto';

/**
 * Ids derive from the id of the command that created the thing: a client retrying with the same
 * Idempotency-Key lands on the same stream, where the runner recognises the command. They spell
 * nothing about the person.
 */
const derived = (prefix: string, kind: string, commandId: string): string =>
  `${prefix}-${createHash('sha256').update(`${kind}\u0000${commandId}`).digest('hex').slice(0, 24)}`;

export const volunteerIdFor = (commandId: string): string => derived('vol', 'volunteer', commandId);
export const serviceRecordIdFor = (commandId: string): string => derived('rec', 'service-record', commandId);
export const trainingIdFor = (commandId: string): string => derived('trn', 'training', commandId);
export const commendationIdFor = (commandId: string): string => derived('cmn', 'commendation', commandId);
export const evaluationIdFor = (commandId: string): string => derived('evl', 'evaluation', commandId);

export const VOLUNTEER_ID_FORMAT = /^vol-[0-9a-f]{24}$/;
export const SERVICE_RECORD_ID_FORMAT = /^rec-[0-9a-f]{24}$/;

/**
 * The one-per-person guard: a stream named by a keyed HMAC of the ID type and number (computed by
 * the application with a secret kept outside the log), so the log never holds the number itself.
 * Stream kinds have no dash, so EventStoreDB's category of `volunteer-<id>` stays the volunteers.
 */
export const volunteerIdentityStream = (identityTag: string): string => `volunteerIdentity-${identityTag}`;

/** Volunteer numbers are counted per region and year, each counter on its own stream. */
export const volunteerNumberStream = (regionCode: string, year: number): string =>
  `volunteerNumbers-${regionCode}-${year}`;

/** `410100-2026-000123`: the region of registration, the year (Asia/Shanghai), a six-digit sequence. */
export const formatVolunteerNo = (regionCode: string, year: number, sequence: number): string =>
  `${regionCode}-${year}-${String(sequence).padStart(6, '0')}`;
