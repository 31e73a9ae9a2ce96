import type { Actor } from '../decider';
import { fold } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import {
  admin,
  meta,
  NOW,
  organiser,
  recordService,
  recorded,
  registered,
} from './testing/volunteer-fixtures';
import type { ExitVolunteer, RejoinVolunteer } from './volunteer.commands';
import { isExited, volunteerDecider } from './volunteer.decider';
import type { VolunteerExited, VolunteerRejoined } from './volunteer.events';

const spec = DeciderSpecification.for(volunteerDecider);
const itself: Actor = {
  accountId: 'acc-vol-1',
  role: 'volunteer',
  regionCode: '410100',
  volunteerId: 'vol-1',
};

const exit = (reason: string | null | undefined, actor: Actor = admin): ExitVolunteer => ({
  type: 'ExitVolunteer',
  data: { volunteerId: 'vol-1', reason },
  metadata: meta(actor),
});
const rejoin = (actor: Actor = admin): RejoinVolunteer => ({
  type: 'RejoinVolunteer',
  data: { volunteerId: 'vol-1' },
  metadata: meta(actor),
});
const exited = (reason: string | null = '搬离本县', by = admin.accountId): VolunteerExited => ({
  type: 'VolunteerExited',
  data: { volunteerId: 'vol-1', reason, exitedBy: by, exitedAt: NOW },
});
const rejoined = (by = admin.accountId): VolunteerRejoined => ({
  type: 'VolunteerRejoined',
  data: { volunteerId: 'vol-1', rejoinedBy: by, rejoinedAt: NOW },
});

describe('volunteer exit and rejoin', () => {
  it('an administrator records an exit with its reason', () => {
    spec.given([registered()]).when(exit(' 搬离本县 ')).then([exited()]);
  });

  it('staff need a reason; the volunteer leaving by itself may give none', () => {
    spec.given([registered()]).when(exit(undefined)).thenThrows('VALIDATION_FAILED');
    spec.given([registered()]).when(exit('  ', organiser)).thenThrows('VALIDATION_FAILED');
    spec
      .given([registered()])
      .when(exit(undefined, itself))
      .then([exited(null, 'acc-vol-1')]);
    spec
      .given([registered()])
      .when(exit('', itself))
      .then([exited(null, 'acc-vol-1')]);
  });

  it('exiting twice records nothing more; rejoining a serving volunteer records nothing', () => {
    spec.given([registered(), exited()]).when(exit('again')).then([]);
    spec.given([registered()]).when(rejoin()).then([]);
  });

  it('an exited volunteer is refused new service with VOLUNTEER_EXITED, and serves again after rejoining', () => {
    spec.given([registered(), exited()]).when(recordService()).thenThrows('VOLUNTEER_EXITED');
    spec.given([registered(), exited()]).when(rejoin()).then([rejoined()]);
    spec.given([registered(), exited(), rejoined()]).when(recordService()).then([recorded()]);
  });

  it('isExited reads the stream: true after an exit, false again after rejoining', () => {
    expect(isExited(fold(volunteerDecider, [registered()]))).toBe(false);
    expect(isExited(fold(volunteerDecider, [registered(), exited()]))).toBe(true);
    expect(isExited(fold(volunteerDecider, [registered(), exited(), rejoined()]))).toBe(false);
    expect(isExited(fold(volunteerDecider, []))).toBe(false);
  });

  it('an unknown or forgotten volunteer cannot exit', () => {
    spec.given([]).when(exit('x')).thenThrows('NOT_FOUND');
    spec
      .given([
        registered(),
        {
          type: 'VolunteerForgotten',
          data: { volunteerId: 'vol-1', reason: 'r', forgottenBy: admin.accountId, forgottenAt: NOW },
        },
      ])
      .when(exit('x'))
      .thenThrows('VOLUNTEER_FORGOTTEN');
  });
});
