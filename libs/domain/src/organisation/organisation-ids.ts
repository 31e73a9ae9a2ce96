import { createHash } from 'node:crypto';

/**
 * Ids of pilots, teams, projects, stations and activities derive from the id of the command that
 * created them: a client retrying a create with the same Idempotency-Key lands on the same stream,
 * where the runner recognises the command and writes nothing twice.
 */
export const ORGANISATION_ID_PREFIXES = {
  pilot: 'plt',
  team: 'tm',
  project: 'prj',
  station: 'stn',
  activity: 'act',
} as const;

export type OrganisationKind = keyof typeof ORGANISATION_ID_PREFIXES;

export function organisationIdFor(kind: OrganisationKind, commandId: string): string {
  const digest = createHash('sha256').update(`${kind}\u0000${commandId}`).digest('hex');
  return `${ORGANISATION_ID_PREFIXES[kind]}-${digest.slice(0, 24)}`;
}

export function isOrganisationId(kind: OrganisationKind, value: unknown): value is string {
  return (
    typeof value === 'string' && new RegExp(`^${ORGANISATION_ID_PREFIXES[kind]}-[0-9a-f]{24}$`).test(value)
  );
}

export const pilotStream = (pilotId: string): string => `pilot-${pilotId}`;
export const teamStream = (teamId: string): string => `team-${teamId}`;
export const projectStream = (projectId: string): string => `project-${projectId}`;
export const stationStream = (stationId: string): string => `station-${stationId}`;

/** Volunteer ids come from the volunteering feature; this is all this feature assumes of them. */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
