import type { DomainEvent } from '../decider';

export const INSTITUTION_KINDS = [
  'university',
  'research-institute',
  'medical',
  'enterprise',
  'association',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** A volunteer team formed with a partner institution (stream `team-<teamId>`). */
export type TeamFormed = DomainEvent<
  'TeamFormed',
  {
    teamId: string;
    name: string;
    regionCode: string;
    pilotId: string | null;
    institution: { kind: InstitutionKind; name: string };
    /** The team's registration number on the 中国科协 "大美志愿" platform, once it has one. */
    platformRegistrationNo: string | null;
    formedBy: string;
    formedAt: string;
  }
>;

/** The 大美志愿 registration number recorded later, or corrected (then with the reason). */
export type TeamPlatformRegistrationRecorded = DomainEvent<
  'TeamPlatformRegistrationRecorded',
  {
    teamId: string;
    platformRegistrationNo: string;
    previousRegistrationNo: string | null;
    reason: string | null;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type TeamMemberJoined = DomainEvent<
  'TeamMemberJoined',
  { teamId: string; volunteerId: string; joinedBy: string; joinedAt: string }
>;

/** The exit mechanism of the plan (退出机制): a member leaves, always with a reason. */
export type TeamMemberExited = DomainEvent<
  'TeamMemberExited',
  { teamId: string; volunteerId: string; reason: string; exitedBy: string; exitedAt: string }
>;

export type TeamEvent = TeamFormed | TeamPlatformRegistrationRecorded | TeamMemberJoined | TeamMemberExited;

export const TEAM_EVENT_TYPES: readonly TeamEvent['type'][] = [
  'TeamFormed',
  'TeamPlatformRegistrationRecorded',
  'TeamMemberJoined',
  'TeamMemberExited',
];
