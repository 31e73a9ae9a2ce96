import { DeciderSpecification } from '../testing/decider-specification';
import { adminMetadata as metadata, ZHENGZHOU, ZHONGMU } from './organisation.fixtures';
import type { CreatePilot } from './pilot.commands';
import { pilotDecider } from './pilot.decider';
import type { PilotCreated } from './pilot.events';

const create = (data: Partial<CreatePilot['data']> = {}): CreatePilot => ({
  type: 'CreatePilot',
  data: {
    pilotId: 'plt-1',
    name: '中牟县科技志愿服务试点',
    level: 'county',
    regionCode: ZHONGMU,
    fundedOn: '2026-03-01',
    ...data,
  },
  metadata,
});

const created = (data: Partial<PilotCreated['data']> = {}): PilotCreated => ({
  type: 'PilotCreated',
  data: {
    pilotId: 'plt-1',
    name: '中牟县科技志愿服务试点',
    level: 'county',
    regionCode: ZHONGMU,
    fundedOn: '2026-03-01',
    endsOn: '2027-03-01',
    targets: {
      teams: { required: 2, minMembers: 20 },
      projects: { required: 2 },
      activities: { required: 10 },
      stations: { required: 2 },
    },
    targetsVersion: 'henan-pilot-plan-v1',
    createdBy: 'acc-admin',
    createdAt: metadata.now,
    ...data,
  },
});

const spec = DeciderSpecification.for(pilotDecider);

describe('pilot', () => {
  it('a county pilot records the county targets of the plan and a one-year period', () => {
    spec.given([]).when(create()).then([created()]);
  });

  it('a city pilot records the city targets', () => {
    spec
      .given([])
      .when(create({ level: 'city', regionCode: ZHENGZHOU, name: '郑州市试点' }))
      .then([
        created({
          level: 'city',
          regionCode: ZHENGZHOU,
          name: '郑州市试点',
          targets: {
            teams: { required: 10, minMembers: 50 },
            projects: { required: 5 },
            activities: { required: 20 },
            stations: { required: 10 },
          },
        }),
      ]);
  });

  it('a pilot funded on 29 February ends on 28 February of the next year', () => {
    spec
      .given([])
      .when(create({ fundedOn: '2028-02-29' }))
      .thenEvents(([event]) => expect(event.data.endsOn).toBe('2029-02-28'));
  });

  it('trims the name', () => {
    spec
      .given([])
      .when(create({ name: '  中牟试点 ' }))
      .thenEvents(([event]) => expect(event.data.name).toBe('中牟试点'));
  });

  it('refuses a second creation on the same stream', () => {
    spec.given([created()]).when(create()).thenThrows('CONFLICT');
  });

  it.each([
    ['a city pilot in a county', { level: 'city', regionCode: ZHONGMU }],
    ['a county pilot in a city', { level: 'county', regionCode: ZHENGZHOU }],
    ['a pilot of the province', { level: 'city', regionCode: '410000' }],
    ['an unknown level', { level: 'province', regionCode: '410000' }],
    ['an invalid region code', { regionCode: '999999' }],
    ['an impossible funding date', { fundedOn: '2026-02-30' }],
    ['a funding date that is not YYYY-MM-DD', { fundedOn: '2026-3-1' }],
    ['a funding date before the plan', { fundedOn: '1999-01-01' }],
    ['an empty name', { name: '   ' }],
    ['a name too long', { name: '试'.repeat(101) }],
  ])('refuses %s (VALIDATION_FAILED)', (_case, data) => {
    spec.given([]).when(create(data)).thenThrows('VALIDATION_FAILED');
  });
});
