import type { DomainEvent } from '../decider';

export const VENUE_TYPES = [
  'science-museum',
  'museum',
  'memorial',
  'park',
  'community-centre',
  'other',
] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

/** The six musts of a station (有场所、有队伍、有项目、有设施、有制度、有标识). */
export interface SixMustsChecklist {
  site: boolean;
  team: boolean;
  project: boolean;
  facilities: boolean;
  rules: boolean;
  signage: boolean;
}

export const SIX_MUSTS: readonly (keyof SixMustsChecklist)[] = [
  'site',
  'team',
  'project',
  'facilities',
  'rules',
  'signage',
];

export const EMPTY_CHECKLIST: SixMustsChecklist = {
  site: false,
  team: false,
  project: false,
  facilities: false,
  rules: false,
  signage: false,
};

export const meetsSixMusts = (checklist: SixMustsChecklist): boolean =>
  SIX_MUSTS.every((must) => checklist[must]);

/** A service station at a public venue (stream `station-<stationId>`); every must starts unmet. */
export type StationEstablished = DomainEvent<
  'StationEstablished',
  {
    stationId: string;
    name: string;
    regionCode: string;
    pilotId: string | null;
    venueType: VenueType;
    establishedBy: string;
    establishedAt: string;
  }
>;

/** The whole checklist as assessed now (not a diff), with the verdict it gives. */
export type StationChecklistUpdated = DomainEvent<
  'StationChecklistUpdated',
  {
    stationId: string;
    checklist: SixMustsChecklist;
    meetsSixMusts: boolean;
    updatedBy: string;
    updatedAt: string;
  }
>;

/** The station's place (WGS-84 degrees): a check-in over 1 km from it is flagged. */
export type StationCoordinatesSet = DomainEvent<
  'StationCoordinatesSet',
  {
    stationId: string;
    lat: number;
    lng: number;
    setBy: string;
    setAt: string;
  }
>;

export type StationEvent = StationEstablished | StationChecklistUpdated | StationCoordinatesSet;

export const STATION_EVENT_TYPES: readonly StationEvent['type'][] = [
  'StationEstablished',
  'StationChecklistUpdated',
  'StationCoordinatesSet',
];
