import { DeciderSpecification } from '../testing/decider-specification';
import { adminMetadata as metadata, LUOYANG, ZHENGZHOU, ZHONGMU } from './organisation.fixtures';
import type { CreateProject } from './project.commands';
import { projectDecider } from './project.decider';
import type { ProjectCreated } from './project.events';

const create = (data: Partial<CreateProject['data']> = {}): CreateProject => ({
  type: 'CreateProject',
  data: {
    projectId: 'prj-1',
    name: '乡村振兴科技服务',
    team: { teamId: 'tm-1', regionCode: ZHONGMU },
    regionCode: ZHONGMU,
    pilot: { pilotId: 'plt-1', regionCode: ZHONGMU },
    field: 'rural-revitalization',
    ...data,
  },
  metadata,
});

const created = (data: Partial<ProjectCreated['data']> = {}): ProjectCreated => ({
  type: 'ProjectCreated',
  data: {
    projectId: 'prj-1',
    name: '乡村振兴科技服务',
    teamId: 'tm-1',
    regionCode: ZHONGMU,
    pilotId: 'plt-1',
    field: 'rural-revitalization',
    createdBy: 'acc-admin',
    createdAt: metadata.now,
    ...data,
  },
});

const spec = DeciderSpecification.for(projectDecider);

describe('project', () => {
  it('a team designs a project, counting toward the pilot', () => {
    spec.given([]).when(create()).then([created()]);
  });

  it('a city team may run a project in one of its counties, and a county team one of its city', () => {
    spec
      .given([])
      .when(create({ team: { teamId: 'tm-1', regionCode: ZHENGZHOU } }))
      .then([created()]);
    spec
      .given([])
      .when(create({ regionCode: ZHENGZHOU, pilot: null }))
      .then([created({ regionCode: ZHENGZHOU, pilotId: null })]);
  });

  it('refuses a team of an unrelated region (TEAM_OUTSIDE_REGION)', () => {
    spec
      .given([])
      .when(create({ team: { teamId: 'tm-1', regionCode: LUOYANG } }))
      .thenThrows('TEAM_OUTSIDE_REGION');
  });

  it('refuses a pilot whose region does not contain the project (OUTSIDE_PILOT_REGION)', () => {
    spec
      .given([])
      .when(create({ regionCode: ZHENGZHOU, pilot: { pilotId: 'plt-1', regionCode: ZHONGMU } }))
      .thenThrows('OUTSIDE_PILOT_REGION');
  });

  it('refuses a second creation (CONFLICT)', () => {
    spec.given([created()]).when(create()).thenThrows('CONFLICT');
  });

  it.each([
    ['an unknown field', { field: 'sports' }],
    ['an empty name', { name: '' }],
    ['an invalid region', { regionCode: '990000' }],
  ])('refuses %s (VALIDATION_FAILED)', (_case, data) => {
    spec.given([]).when(create(data)).thenThrows('VALIDATION_FAILED');
  });
});
