/** The API's shapes for the registers (API.md and the list endpoints' OpenAPI document). */

export type PilotLevel = 'city' | 'county';

export const TARGET_NAMES = ['teams', 'projects', 'activities', 'stations'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface PilotTargets {
  readonly teams: { readonly required: number; readonly minMembers: number };
  readonly projects: { readonly required: number };
  readonly activities: { readonly required: number };
  readonly stations: { readonly required: number };
}

export interface Pilot {
  readonly id: string;
  readonly name: string;
  readonly level: PilotLevel;
  readonly regionCode: string;
  readonly fundedOn: string;
  readonly endsOn: string;
  readonly targets?: PilotTargets;
}

export interface TargetFigures {
  readonly required: number;
  readonly actual: number;
  readonly met: boolean;
  readonly minMembers?: number;
}

export interface PilotProgressAnswer {
  readonly pilotId: string;
  readonly level: PilotLevel;
  readonly fundedOn: string;
  readonly endsOn: string;
  /** The business date (Asia/Shanghai) the figures are for. */
  readonly asOf?: string;
  readonly daysLeft: number;
  readonly met: boolean;
  readonly targets: Record<TargetName, TargetFigures>;
  /** 群众需求 of the pilot region; absent from an older server's answer. */
  readonly needs?: PilotNeedsFigures;
}

export interface PilotNeedsFigures {
  readonly received: number;
  readonly fulfilled: number;
  /** Overdue today (3 working days submitted or dispatched). */
  readonly overdue: number;
  /** One decimal out of 5; null while none is rated. */
  readonly averageRating: number | null;
}

export const INSTITUTION_KINDS = [
  'university',
  'research-institute',
  'medical',
  'enterprise',
  'association',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly pilotId?: string | null;
  readonly institution: { readonly kind: InstitutionKind; readonly name: string };
  readonly platformRegistrationNo?: string | null;
  readonly memberCount: number;
  readonly formedAt?: string;
}

export interface Membership {
  readonly teamId: string;
  readonly volunteerId: string;
  readonly status: 'current' | 'exited';
  readonly at: string;
  readonly reason: string | null;
  readonly memberCount: number;
}

export const PROJECT_FIELDS = [
  'industry',
  'rural-revitalization',
  'civility',
  'science-education',
  'health',
  'other',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly teamId: string;
  readonly regionCode: string;
  readonly pilotId?: string | null;
  readonly field: ProjectField;
}

export const VENUE_TYPES = [
  'science-museum',
  'museum',
  'memorial',
  'park',
  'community-centre',
  'other',
] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

/** The six musts of a station (有场所、有队伍、有项目、有设施、有制度、有标识), in the plan's order. */
export const SIX_MUSTS = ['site', 'team', 'project', 'facilities', 'rules', 'signage'] as const;
export type SixMust = (typeof SIX_MUSTS)[number];
export type Checklist = Record<SixMust, boolean>;

export interface Station {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly pilotId?: string | null;
  readonly venueType: VenueType;
  readonly checklist: Checklist;
  readonly meetsSixMusts: boolean;
}

export interface Campaign {
  readonly id: string;
  readonly name: string | null;
  readonly nameZh: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly pointsMultiplier: number | null;
}

export interface Activity {
  readonly id: string;
  readonly projectId: string;
  readonly pilotId?: string | null;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly regionCode: string;
  readonly stationId?: string | null;
  readonly campaigns: readonly Campaign[];
  readonly confirmedRecords?: number;
}

export const PARTNER_VENUE_TYPES = [
  'science-museum',
  'museum',
  'memorial',
  'park',
  'library',
  'community-centre',
  'enterprise',
  'other',
] as const;
export type PartnerVenueType = (typeof PARTNER_VENUE_TYPES)[number];

export interface Partner {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly venueType: PartnerVenueType;
  readonly benefitCount?: number;
}

export interface Benefit {
  readonly id: string;
  readonly partnerId: string;
  readonly title: string;
  readonly pointsCost: number;
  readonly minStarLevel: number;
  readonly stock: number;
  readonly stockLeft: number;
  readonly perVolunteerLimit: number;
  readonly validFrom: string;
  readonly validTo: string;
}

export const ID_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-resident',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export interface VolunteerListItem {
  readonly id: string;
  readonly volunteerNo: string;
  readonly name: string;
  /** Masked (4101**********1234), to tell people of one name apart; null once forgotten. */
  readonly idNumberMasked?: string | null;
  readonly phoneMasked?: string | null;
  readonly regionCode: string;
  readonly confirmedMinutes: number;
  readonly starLevel: number;
}

export interface Volunteer {
  readonly id: string;
  readonly volunteerNo: string;
  readonly name: string;
  readonly idType: IdType | null;
  readonly idNumberMasked: string | null;
  readonly phoneMasked: string | null;
  readonly regionCode: string;
  /** `exited`: ended its service (退出); its hours, points, stars and certificates stay. */
  readonly status: 'active' | 'exited' | 'forgotten';
  readonly registeredAt: string;
  readonly exitedAt?: string | null;
}

export interface VolunteerSummary {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  readonly starLevel: number;
  readonly qualifiedStarLevel: number;
  /** The rule set that will judge the volunteer, under which `qualifiedStarLevel` is worked out. */
  readonly starRuleSet?: { readonly id: string; readonly name: string };
  readonly points: {
    readonly available: number;
    readonly held: number;
    readonly earned: number;
    /** Taken back by a void or a downward correction: earned − clawedBack − spent − expired − held = available. */
    readonly clawedBack: number;
    readonly spent: number;
    readonly expired: number;
  };
  readonly timeBank: { readonly balanceMinutes: number };
}

export const ROLES = ['admin', 'organiser', 'partner', 'volunteer', 'auditor'] as const;

export interface Account {
  readonly id: string;
  readonly username: string;
  readonly role: (typeof ROLES)[number];
  readonly regionCode: string;
  readonly partnerId?: string | null;
  readonly volunteerId?: string | null;
  readonly status?: 'active' | 'disabled';
  readonly registeredAt?: string;
}
