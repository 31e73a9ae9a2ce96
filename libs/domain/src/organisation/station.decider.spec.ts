import { DeciderSpecification } from '../testing/decider-specification';
import { adminMetadata as metadata, LUOYANG, ZHENGZHOU, ZHONGMU } from './organisation.fixtures';
import type { EstablishStation, UpdateStationChecklist } from './station.commands';
import { stationDecider } from './station.decider';
import { EMPTY_CHECKLIST, type SixMustsChecklist, type StationEvent } from './station.events';

const establish = (data: Partial<EstablishStation['data']> = {}): EstablishStation => ({
  type: 'EstablishStation',
  data: {
    stationId: 'stn-1',
    name: '中牟县科技馆科技志愿服务站',
    regionCode: ZHONGMU,
    pilot: { pilotId: 'plt-1', regionCode: ZHENGZHOU },
    venueType: 'science-museum',
    ...data,
  },
  metadata,
});

const established: StationEvent = {
  type: 'StationEstablished',
  data: {
    stationId: 'stn-1',
    name: '中牟县科技馆科技志愿服务站',
    regionCode: ZHONGMU,
    pilotId: 'plt-1',
    venueType: 'science-museum',
    establishedBy: 'acc-admin',
    establishedAt: metadata.now,
  },
};

const ALL: SixMustsChecklist = {
  site: true,
  team: true,
  project: true,
  facilities: true,
  rules: true,
  signage: true,
};
const update = (checklist: SixMustsChecklist): UpdateStationChecklist => ({
  type: 'UpdateStationChecklist',
  data: { stationId: 'stn-1', checklist },
  metadata,
});
const updated = (checklist: SixMustsChecklist, meets: boolean): StationEvent => ({
  type: 'StationChecklistUpdated',
  data: {
    stationId: 'stn-1',
    checklist,
    meetsSixMusts: meets,
    updatedBy: 'acc-admin',
    updatedAt: metadata.now,
  },
});

const spec = DeciderSpecification.for(stationDecider);

describe('station', () => {
  it('is established with every must unmet', () => {
    spec.given([]).when(establish()).then([established]);
    const state = stationDecider.evolve(stationDecider.initialState(), established);
    expect(state).toMatchObject({ checklist: EMPTY_CHECKLIST, meetsSixMusts: false });
  });

  it('refuses a pilot whose region does not contain it, a duplicate, and bad input', () => {
    spec
      .given([])
      .when(establish({ regionCode: LUOYANG }))
      .thenThrows('OUTSIDE_PILOT_REGION');
    spec.given([established]).when(establish()).thenThrows('CONFLICT');
    spec
      .given([])
      .when(establish({ venueType: 'mall' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(establish({ name: 'x'.repeat(101) }))
      .thenThrows('VALIDATION_FAILED');
  });

  it('meets the six musts only when all six hold', () => {
    spec
      .given([established])
      .when(update(ALL))
      .then([updated(ALL, true)]);
    const five = { ...ALL, signage: false };
    spec
      .given([established])
      .when(update(five))
      .then([updated(five, false)]);
  });

  it('a must can be lost again', () => {
    const lost = { ...ALL, rules: false };
    spec
      .given([established, updated(ALL, true)])
      .when(update(lost))
      .then([updated(lost, false)]);
  });

  it('the same checklist again changes nothing', () => {
    spec
      .given([established, updated(ALL, true)])
      .when(update(ALL))
      .thenNothingHappens();
    spec.given([established]).when(update(EMPTY_CHECKLIST)).thenNothingHappens();
  });

  it('refuses an unknown station and a checklist with a missing must', () => {
    spec.given([]).when(update(ALL)).thenThrows('NOT_FOUND');
    const missing = { site: true, team: true } as unknown as SixMustsChecklist;
    spec.given([established]).when(update(missing)).thenThrows('VALIDATION_FAILED');
  });
});

describe('station coordinates', () => {
  const spec = DeciderSpecification.for(stationDecider);
  const setCoordinates = (lat: number, lng: number) =>
    ({ type: 'SetStationCoordinates', data: { stationId: 'stn-1', lat, lng }, metadata }) as const;

  it('records where the station is, once; refuses coordinates off the globe', () => {
    spec
      .given([established])
      .when(setCoordinates(34.7466, 113.6253))
      .then([
        {
          type: 'StationCoordinatesSet',
          data: { stationId: 'stn-1', lat: 34.7466, lng: 113.6253, setBy: 'acc-admin', setAt: metadata.now },
        },
      ]);
    spec
      .given([
        established,
        {
          type: 'StationCoordinatesSet',
          data: { stationId: 'stn-1', lat: 34.7466, lng: 113.6253, setBy: 'acc-admin', setAt: metadata.now },
        },
      ])
      .when(setCoordinates(34.7466, 113.6253))
      .thenNothingHappens();
    spec.given([established]).when(setCoordinates(91, 113)).thenThrows('VALIDATION_FAILED');
    spec.given([]).when(setCoordinates(34, 113)).thenThrows('NOT_FOUND');
  });
});
