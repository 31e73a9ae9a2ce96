import type { Command } from '../decider';
import type { PilotReference } from './organisation-rules';

export type FormTeam = Command<
  'FormTeam',
  {
    teamId: string;
    name: string;
    regionCode: string;
    /** The pilot the team counts toward, as read from its stream (null: none). */
    pilot: PilotReference | null;
    institution: { kind: string; name: string };
    platformRegistrationNo: string | null;
  }
>;

export type RecordTeamPlatformRegistration = Command<
  'RecordTeamPlatformRegistration',
  { teamId: string; platformRegistrationNo: string; reason: string | null }
>;

/** The handler has checked that the volunteer exists (their stream has events). */
export type JoinTeam = Command<'JoinTeam', { teamId: string; volunteerId: string }>;

export type ExitTeam = Command<'ExitTeam', { teamId: string; volunteerId: string; reason: string }>;

export type TeamCommand = FormTeam | RecordTeamPlatformRegistration | JoinTeam | ExitTeam;
