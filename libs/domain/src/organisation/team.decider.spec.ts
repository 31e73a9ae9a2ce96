import { DeciderSpecification } from '../testing/decider-specification';
import { adminMetadata as metadata, LUOYANG, ZHENGZHOU, ZHONGMU } from './organisation.fixtures';
import type { ExitTeam, FormTeam, JoinTeam, RecordTeamPlatformRegistration } from './team.commands';
import { teamDecider } from './team.decider';
import type { TeamEvent, TeamFormed } from './team.events';

const form = (data: Partial<FormTeam['data']> = {}): FormTeam => ({
  type: 'FormTeam',
  data: {
    teamId: 'tm-1',
    name: '郑州大学科技志愿服务队',
    regionCode: ZHONGMU,
    pilot: { pilotId: 'plt-1', regionCode: ZHONGMU },
    institution: { kind: 'university', name: '郑州大学' },
    platformRegistrationNo: null,
    ...data,
  },
  metadata,
});

const formed = (data: Partial<TeamFormed['data']> = {}): TeamFormed => ({
  type: 'TeamFormed',
  data: {
    teamId: 'tm-1',
    name: '郑州大学科技志愿服务队',
    regionCode: ZHONGMU,
    pilotId: 'plt-1',
    institution: { kind: 'university', name: '郑州大学' },
    platformRegistrationNo: null,
    formedBy: 'acc-admin',
    formedAt: metadata.now,
    ...data,
  },
});

const register = (
  platformRegistrationNo: string,
  reason: string | null = null,
): RecordTeamPlatformRegistration => ({
  type: 'RecordTeamPlatformRegistration',
  data: { teamId: 'tm-1', platformRegistrationNo, reason },
  metadata,
});
const registered = (no: string, previous: string | null = null, reason: string | null = null): TeamEvent => ({
  type: 'TeamPlatformRegistrationRecorded',
  data: {
    teamId: 'tm-1',
    platformRegistrationNo: no,
    previousRegistrationNo: previous,
    reason,
    recordedBy: 'acc-admin',
    recordedAt: metadata.now,
  },
});

const join = (volunteerId: string): JoinTeam => ({
  type: 'JoinTeam',
  data: { teamId: 'tm-1', volunteerId },
  metadata,
});
const joined = (volunteerId: string): TeamEvent => ({
  type: 'TeamMemberJoined',
  data: { teamId: 'tm-1', volunteerId, joinedBy: 'acc-admin', joinedAt: metadata.now },
});
const exit = (volunteerId: string, reason = '毕业离校'): ExitTeam => ({
  type: 'ExitTeam',
  data: { teamId: 'tm-1', volunteerId, reason },
  metadata,
});
const exited = (volunteerId: string, reason = '毕业离校'): TeamEvent => ({
  type: 'TeamMemberExited',
  data: { teamId: 'tm-1', volunteerId, reason, exitedBy: 'acc-admin', exitedAt: metadata.now },
});

const spec = DeciderSpecification.for(teamDecider);

describe('team', () => {
  describe('forming', () => {
    it('forms a team with its partner institution, counting toward its pilot', () => {
      spec.given([]).when(form()).then([formed()]);
    });

    it('may carry its 大美志愿 registration number from the start', () => {
      spec
        .given([])
        .when(form({ platformRegistrationNo: 'DMZY-2026-0001' }))
        .then([formed({ platformRegistrationNo: 'DMZY-2026-0001' })]);
    });

    it('a team of a county inside the pilot region counts toward a city pilot', () => {
      spec
        .given([])
        .when(form({ pilot: { pilotId: 'plt-1', regionCode: ZHENGZHOU } }))
        .then([formed()]);
    });

    it('needs no pilot', () => {
      spec
        .given([])
        .when(form({ pilot: null }))
        .then([formed({ pilotId: null })]);
    });

    it('refuses a pilot whose region does not contain the team (OUTSIDE_PILOT_REGION)', () => {
      spec
        .given([])
        .when(form({ regionCode: LUOYANG, pilot: { pilotId: 'plt-1', regionCode: ZHENGZHOU } }))
        .thenThrows('OUTSIDE_PILOT_REGION');
      spec
        .given([])
        .when(form({ regionCode: ZHENGZHOU, pilot: { pilotId: 'plt-1', regionCode: ZHONGMU } }))
        .thenThrows('OUTSIDE_PILOT_REGION');
    });

    it('refuses a second formation on the same stream', () => {
      spec.given([formed()]).when(form()).thenThrows('CONFLICT');
    });

    it.each([
      ['an empty name', { name: '' }],
      ['an invalid region', { regionCode: '410000x' }],
      ['an unknown institution kind', { institution: { kind: 'school', name: 'x' } }],
      ['an empty institution name', { institution: { kind: 'university', name: ' ' } }],
      ['a malformed registration number', { platformRegistrationNo: 'no spaces allowed' }],
    ])('refuses %s (VALIDATION_FAILED)', (_case, data) => {
      spec.given([]).when(form(data)).thenThrows('VALIDATION_FAILED');
    });
  });

  describe('the 大美志愿 registration number', () => {
    it('is recorded later', () => {
      spec
        .given([formed()])
        .when(register('DMZY-1'))
        .then([registered('DMZY-1')]);
    });

    it('recording the same number again changes nothing', () => {
      spec
        .given([formed(), registered('DMZY-1')])
        .when(register('DMZY-1'))
        .thenNothingHappens();
    });

    it('replacing a number needs a reason (REASON_REQUIRED), and records the previous one', () => {
      spec
        .given([formed(), registered('DMZY-1')])
        .when(register('DMZY-2'))
        .thenThrows('REASON_REQUIRED');
      spec
        .given([formed(), registered('DMZY-1')])
        .when(register('DMZY-2', '录入错误'))
        .then([registered('DMZY-2', 'DMZY-1', '录入错误')]);
    });

    it('refuses an unknown team and a malformed number', () => {
      spec.given([]).when(register('DMZY-1')).thenThrows('NOT_FOUND');
      spec.given([formed()]).when(register('')).thenThrows('VALIDATION_FAILED');
    });
  });

  describe('members', () => {
    it('a volunteer joins', () => {
      spec
        .given([formed()])
        .when(join('v-1'))
        .then([joined('v-1')]);
    });

    it('joining twice is a duplicate (CONFLICT)', () => {
      spec
        .given([formed(), joined('v-1')])
        .when(join('v-1'))
        .thenThrows('CONFLICT');
    });

    it('a member exits with a reason, and may join again later', () => {
      spec
        .given([formed(), joined('v-1')])
        .when(exit('v-1'))
        .then([exited('v-1')]);
      spec
        .given([formed(), joined('v-1'), exited('v-1')])
        .when(join('v-1'))
        .then([joined('v-1')]);
    });

    it('an exit needs a reason', () => {
      spec
        .given([formed(), joined('v-1')])
        .when(exit('v-1', ' '))
        .thenThrows('VALIDATION_FAILED');
    });

    it('only a current member can exit (NOT_A_MEMBER)', () => {
      spec.given([formed()]).when(exit('v-1')).thenThrows('NOT_A_MEMBER');
      spec
        .given([formed(), joined('v-1'), exited('v-1')])
        .when(exit('v-1'))
        .thenThrows('NOT_A_MEMBER');
    });

    it('refuses an unknown team', () => {
      spec.given([]).when(join('v-1')).thenThrows('NOT_FOUND');
      spec.given([]).when(exit('v-1')).thenThrows('NOT_FOUND');
    });

    it('folds the current members', () => {
      const state = [formed(), joined('v-1'), joined('v-2'), exited('v-1'), joined('v-3')].reduce(
        teamDecider.evolve,
        teamDecider.initialState(),
      );
      expect(state.status === 'formed' && [...state.members].sort()).toEqual(['v-2', 'v-3']);
    });
  });
});
