import {
  campaignById,
  type PilotState,
  type PilotTargets,
  type ProjectState,
  type SixMustsChecklist,
  type StationState,
  type TeamState,
  type ActivityState,
} from '@ledger/domain';
import type { ActivityRow, PilotRow, ProjectRow, StationRow, TeamRow } from '@ledger/projections';

/** What the API shows of pilots, teams, projects, stations and activities, from a stream or a read model. */
export interface PilotView {
  readonly id: string;
  readonly name: string;
  readonly level: 'city' | 'county';
  readonly regionCode: string;
  readonly fundedOn: string;
  readonly endsOn: string;
  readonly targets: PilotTargets;
  readonly targetsVersion: string;
  readonly createdAt: string;
}

export interface TeamView {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly pilotId: string | null;
  readonly institution: { readonly kind: string; readonly name: string };
  readonly platformRegistrationNo: string | null;
  readonly memberCount: number;
  readonly formedAt: string;
}

export interface MembershipView {
  readonly teamId: string;
  readonly volunteerId: string;
  readonly status: 'current' | 'exited';
  readonly at: string;
  readonly reason: string | null;
  readonly memberCount: number;
}

export interface ProjectView {
  readonly id: string;
  readonly name: string;
  readonly teamId: string;
  readonly regionCode: string;
  readonly pilotId: string | null;
  readonly field: string;
  readonly createdAt: string;
}

export interface StationView {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly pilotId: string | null;
  readonly venueType: string;
  readonly checklist: SixMustsChecklist;
  readonly meetsSixMusts: boolean;
  readonly establishedAt: string;
  /** Where the station is (PUT /stations/{id}/coordinates); absent until set. */
  readonly coordinates?: { readonly lat: number; readonly lng: number };
}

export interface CampaignView {
  readonly id: string;
  readonly name: string | null;
  readonly nameZh: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly pointsMultiplier: number | null;
}

export interface ActivityView {
  readonly id: string;
  readonly projectId: string;
  readonly pilotId: string | null;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly regionCode: string;
  readonly stationId: string | null;
  readonly campaigns: readonly CampaignView[];
  /** Service records of the activity confirmed now (a figure of the read model; 0 when just scheduled). */
  readonly confirmedRecords: number;
  readonly scheduledAt: string;
}

type Existing<S> = Exclude<S, { status: 'none' }>;

/** A campaign id as recorded, with the calendar's names (null if the calendar no longer has the row). */
export const campaignView = (id: string): CampaignView => {
  const entry = campaignById(id);
  return {
    id,
    name: entry?.name ?? null,
    nameZh: entry?.nameZh ?? null,
    from: entry?.from ?? null,
    to: entry?.to ?? null,
    pointsMultiplier: entry?.pointsMultiplier ?? null,
  };
};

export const pilotViewOf = (s: Existing<PilotState>): PilotView => ({
  id: s.pilotId,
  name: s.name,
  level: s.level,
  regionCode: s.regionCode,
  fundedOn: s.fundedOn,
  endsOn: s.endsOn,
  targets: s.targets,
  targetsVersion: s.targetsVersion,
  createdAt: s.createdAt,
});

export const pilotViewOfRow = (row: PilotRow): PilotView => ({
  id: row.pilot_id,
  name: row.name,
  level: row.level,
  regionCode: row.region_code,
  fundedOn: row.funded_on,
  endsOn: row.ends_on,
  targets: JSON.parse(row.targets) as PilotTargets,
  targetsVersion: row.targets_version,
  createdAt: row.created_at,
});

export const teamViewOf = (s: Existing<TeamState>): TeamView => ({
  id: s.teamId,
  name: s.name,
  regionCode: s.regionCode,
  pilotId: s.pilotId,
  institution: s.institution,
  platformRegistrationNo: s.platformRegistrationNo,
  memberCount: s.members.size,
  formedAt: s.formedAt,
});

export const teamViewOfRow = (row: TeamRow): TeamView => ({
  id: row.team_id,
  name: row.name,
  regionCode: row.region_code,
  pilotId: row.pilot_id,
  institution: { kind: row.institution_kind, name: row.institution_name },
  platformRegistrationNo: row.platform_registration_no,
  memberCount: row.member_count,
  formedAt: row.formed_at,
});

export const projectViewOf = (s: Existing<ProjectState>): ProjectView => ({
  id: s.projectId,
  name: s.name,
  teamId: s.teamId,
  regionCode: s.regionCode,
  pilotId: s.pilotId,
  field: s.field,
  createdAt: s.createdAt,
});

export const projectViewOfRow = (row: ProjectRow): ProjectView => ({
  id: row.project_id,
  name: row.name,
  teamId: row.team_id,
  regionCode: row.region_code,
  pilotId: row.pilot_id,
  field: row.field,
  createdAt: row.created_at,
});

export const stationViewOf = (s: Existing<StationState>): StationView => ({
  id: s.stationId,
  name: s.name,
  regionCode: s.regionCode,
  pilotId: s.pilotId,
  venueType: s.venueType,
  checklist: { ...s.checklist },
  meetsSixMusts: s.meetsSixMusts,
  establishedAt: s.establishedAt,
  ...(s.coordinates ? { coordinates: { ...s.coordinates } } : {}),
});

export const stationViewOfRow = (row: StationRow): StationView => ({
  id: row.station_id,
  name: row.name,
  regionCode: row.region_code,
  pilotId: row.pilot_id,
  venueType: row.venue_type,
  checklist: {
    site: row.site === 1,
    team: row.team === 1,
    project: row.project === 1,
    facilities: row.facilities === 1,
    rules: row.rules === 1,
    signage: row.signage === 1,
  },
  meetsSixMusts: row.meets_six_musts === 1,
  establishedAt: row.established_at,
  ...(row.lat === null || row.lng === null ? {} : { coordinates: { lat: row.lat, lng: row.lng } }),
});

export const activityViewOf = (s: Existing<ActivityState>, confirmedRecords = 0): ActivityView => ({
  id: s.activityId,
  projectId: s.projectId,
  pilotId: s.pilotId,
  title: s.title,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  regionCode: s.regionCode,
  stationId: s.stationId,
  campaigns: s.campaigns.map(campaignView),
  confirmedRecords,
  scheduledAt: s.scheduledAt,
});

export const activityViewOfRow = (row: ActivityRow): ActivityView => ({
  id: row.activity_id,
  projectId: row.project_id,
  pilotId: row.pilot_id,
  title: row.title,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  regionCode: row.region_code,
  stationId: row.station_id,
  campaigns: (JSON.parse(row.campaigns) as string[]).map(campaignView),
  confirmedRecords: row.confirmed_records,
  scheduledAt: row.scheduled_at,
});
