import type { Command } from '../decider';
import type { PilotReference } from './organisation-rules';
import type { SixMustsChecklist } from './station.events';

export type EstablishStation = Command<
  'EstablishStation',
  { stationId: string; name: string; regionCode: string; pilot: PilotReference | null; venueType: string }
>;

export type UpdateStationChecklist = Command<
  'UpdateStationChecklist',
  { stationId: string; checklist: SixMustsChecklist }
>;

export type SetStationCoordinates = Command<
  'SetStationCoordinates',
  { stationId: string; lat: number; lng: number }
>;

export type StationCommand = EstablishStation | UpdateStationChecklist | SetStationCoordinates;
