import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound } from '../errors';
import {
  invalid,
  ORGANISATION_NAME_MAX_LENGTH,
  requireInsidePilot,
  requireOneOf,
  requireRegionCode,
  requireText,
} from './organisation-rules';
import type { StationCommand } from './station.commands';
import {
  EMPTY_CHECKLIST,
  meetsSixMusts,
  SIX_MUSTS,
  type SixMustsChecklist,
  type StationEstablished,
  type StationEvent,
  VENUE_TYPES,
} from './station.events';

export type StationState =
  | { readonly status: 'none' }
  | (Omit<StationEstablished['data'], 'establishedBy'> & {
      readonly status: 'established';
      readonly checklist: SixMustsChecklist;
      readonly meetsSixMusts: boolean;
      /** Where it is (null until set): check-ins far from it are flagged. */
      readonly coordinates: { readonly lat: number; readonly lng: number } | null;
    });

export const stationDecider: Decider<StationState, StationCommand, StationEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'StationEstablished': {
        const { establishedBy: _establishedBy, ...data } = event.data;
        return {
          status: 'established',
          ...data,
          checklist: EMPTY_CHECKLIST,
          meetsSixMusts: false,
          coordinates: null,
        };
      }
      case 'StationChecklistUpdated':
        return state.status === 'none'
          ? state
          : { ...state, checklist: event.data.checklist, meetsSixMusts: event.data.meetsSixMusts };
      case 'StationCoordinatesSet':
        return state.status === 'none'
          ? state
          : { ...state, coordinates: { lat: event.data.lat, lng: event.data.lng } };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'EstablishStation': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('station', d.stationId);
        const name = requireText(d.name, 'name', ORGANISATION_NAME_MAX_LENGTH);
        requireRegionCode(d.regionCode);
        const venueType = requireOneOf(d.venueType, VENUE_TYPES, 'venueType');
        return [
          {
            type: 'StationEstablished',
            data: {
              stationId: d.stationId,
              name,
              regionCode: d.regionCode,
              pilotId: requireInsidePilot(d.pilot, d.regionCode),
              venueType,
              establishedBy: actor.accountId,
              establishedAt: now,
            },
          },
        ];
      }
      case 'UpdateStationChecklist': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('station', d.stationId);
        for (const must of SIX_MUSTS) {
          if (typeof d.checklist?.[must] !== 'boolean') invalid(must, 'must be true or false');
        }
        const checklist: SixMustsChecklist = {
          site: d.checklist.site,
          team: d.checklist.team,
          project: d.checklist.project,
          facilities: d.checklist.facilities,
          rules: d.checklist.rules,
          signage: d.checklist.signage,
        };
        if (SIX_MUSTS.every((must) => state.checklist[must] === checklist[must])) return [];
        return [
          {
            type: 'StationChecklistUpdated',
            data: {
              stationId: d.stationId,
              checklist,
              meetsSixMusts: meetsSixMusts(checklist),
              updatedBy: actor.accountId,
              updatedAt: now,
            },
          },
        ];
      }
      case 'SetStationCoordinates': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('station', d.stationId);
        if (typeof d.lat !== 'number' || !Number.isFinite(d.lat) || Math.abs(d.lat) > 90)
          invalid('lat', 'must be a latitude from -90 to 90');
        if (typeof d.lng !== 'number' || !Number.isFinite(d.lng) || Math.abs(d.lng) > 180)
          invalid('lng', 'must be a longitude from -180 to 180');
        if (state.coordinates?.lat === d.lat && state.coordinates?.lng === d.lng) return [];
        return [
          {
            type: 'StationCoordinatesSet',
            data: { stationId: d.stationId, lat: d.lat, lng: d.lng, setBy: actor.accountId, setAt: now },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
