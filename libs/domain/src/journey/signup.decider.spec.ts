import type { CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import type { Recruitment } from './recruitment';
import type { SignupActivityFacts, SignupCommand, SignUp } from './signup.commands';
import { signupsDecider } from './signup.decider';
import type { SignupEvent, VolunteerSignedUp } from './signup.events';

const NOW = '2026-03-01T02:00:00.000Z'; // 1 March 10:00 in Beijing
const at = (now: string, role: 'volunteer' | 'organiser' | 'admin' = 'volunteer'): CommandMetadata => ({
  commandId: 'cmd-1',
  now,
  actor: { accountId: role === 'volunteer' ? 'acc-v' : 'acc-staff', role, regionCode: '410122' },
});

const recruitment = (extra: Partial<Recruitment> = {}): Recruitment => ({
  open: true,
  quota: 2,
  signupDeadline: '2026-03-04T18:00:00+08:00',
  approval: 'auto',
  audience: 'region',
  teamIds: [],
  walkIns: false,
  ...extra,
});

const activity = (extra: Partial<Recruitment> | null = {}): SignupActivityFacts => ({
  activityId: 'act-1',
  regionCode: '410122',
  startsAt: '2026-03-05T09:00:00+08:00',
  endsAt: '2026-03-05T11:30:00+08:00',
  recruitment: extra === null ? null : recruitment(extra),
});

const signUp = (
  volunteerId: string,
  options: {
    recruitment?: Partial<Recruitment> | null;
    now?: string;
    regionCode?: string;
    teamIds?: string[];
    exited?: boolean;
    acceptedElsewhere?: SignUp['data']['acceptedElsewhere'];
  } = {},
): SignupCommand => ({
  type: 'SignUp',
  data: {
    signupId: `sgn-${volunteerId}`,
    activity: activity(options.recruitment === undefined ? {} : options.recruitment),
    volunteer: {
      volunteerId,
      regionCode: options.regionCode ?? '410122',
      teamIds: options.teamIds ?? [],
      exited: options.exited ?? false,
    },
    acceptedElsewhere: options.acceptedElsewhere ?? [],
  },
  metadata: at(options.now ?? NOW),
});

const signedUp = (volunteerId: string, status: VolunteerSignedUp['data']['status']): SignupEvent => ({
  type: 'VolunteerSignedUp',
  data: {
    signupId: `sgn-${volunteerId}`,
    activityId: 'act-1',
    volunteerId,
    status,
    signedUpBy: 'acc-v',
    signedUpAt: NOW,
  },
});

const spec = DeciderSpecification.for(signupsDecider);

describe('sign-ups of an activity', () => {
  it('accepts while the quota has room, then puts volunteers in line', () => {
    spec
      .given([])
      .when(signUp('v1'))
      .then([signedUp('v1', 'accepted')]);
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'accepted')])
      .when(signUp('v3'))
      .then([signedUp('v3', 'waitlisted')]);
  });

  it('with manual approval a sign-up waits for staff, whatever the quota', () => {
    spec
      .given([])
      .when(signUp('v1', { recruitment: { approval: 'manual' } }))
      .then([signedUp('v1', 'pending')]);
  });

  it('closes at the deadline or the start, whichever is first, and when recruitment is closed', () => {
    spec
      .given([])
      .when(signUp('v1', { now: '2026-03-04T10:00:00.000Z' }))
      .thenThrows('SIGNUP_CLOSED');
    spec
      .given([])
      .when(
        signUp('v1', {
          recruitment: { signupDeadline: '2026-03-09T00:00:00+08:00' },
          now: '2026-03-05T01:00:00.000Z',
        }),
      )
      .thenThrows('SIGNUP_CLOSED');
    spec
      .given([])
      .when(signUp('v1', { recruitment: { open: false } }))
      .thenThrows('SIGNUP_CLOSED');
    spec
      .given([])
      .when(signUp('v1', { recruitment: null }))
      .thenThrows('SIGNUP_CLOSED');
  });

  it('refuses a second live sign-up of the same volunteer, and allows one after a withdrawal', () => {
    const again = signUp('v1');
    const second = { ...again, data: { ...again.data, signupId: 'sgn-v1-again' } } as SignupCommand;
    spec
      .given([signedUp('v1', 'waitlisted')])
      .when(second)
      .thenThrows('ALREADY_SIGNED_UP');
    const withdrawn: SignupEvent = {
      type: 'SignupWithdrawn',
      data: {
        signupId: 'sgn-v1',
        activityId: 'act-1',
        volunteerId: 'v1',
        previousStatus: 'accepted',
        reason: null,
        withdrawnBy: 'acc-v',
        withdrawnAt: NOW,
      },
    };
    spec
      .given([signedUp('v1', 'accepted'), withdrawn])
      .when(second)
      .thenEvents(([event]) =>
        expect(event.data).toMatchObject({ signupId: 'sgn-v1-again', status: 'accepted' }),
      );
  });

  it('reaches the volunteers of its city and of wider regions; a teams audience only their members', () => {
    spec
      .given([])
      .when(signUp('v1', { regionCode: '410184' }))
      .thenEvents((e) => expect(e).toHaveLength(1));
    spec
      .given([])
      .when(signUp('v1', { regionCode: '410300' }))
      .thenThrows('NOT_IN_AUDIENCE');
    const teams = { audience: 'teams' as const, teamIds: ['tm-1'] };
    spec
      .given([])
      .when(signUp('v1', { recruitment: teams }))
      .thenThrows('NOT_IN_AUDIENCE');
    spec
      .given([])
      .when(signUp('v1', { recruitment: teams, teamIds: ['tm-1'], regionCode: '410300' }))
      .thenEvents((e) => expect(e).toHaveLength(1));
  });

  it('refuses an overlap with an accepted sign-up elsewhere, not one that only touches it', () => {
    const elsewhere = (startsAt: string, endsAt: string) => [{ activityId: 'act-2', startsAt, endsAt }];
    spec
      .given([])
      .when(
        signUp('v1', {
          acceptedElsewhere: elsewhere('2026-03-05T11:00:00+08:00', '2026-03-05T12:00:00+08:00'),
        }),
      )
      .thenThrows('SCHEDULE_CONFLICT');
    spec
      .given([])
      .when(
        signUp('v1', {
          acceptedElsewhere: elsewhere('2026-03-05T11:30:00+08:00', '2026-03-05T12:00:00+08:00'),
        }),
      )
      .thenEvents((e) => expect(e).toHaveLength(1));
  });

  it('refuses an exited volunteer', () => {
    spec
      .given([])
      .when(signUp('v1', { exited: true }))
      .thenThrows('VOLUNTEER_EXITED');
  });

  it('a withdrawal of an accepted sign-up moves the first in line up', () => {
    spec
      .given([
        signedUp('v1', 'accepted'),
        signedUp('v2', 'accepted'),
        signedUp('v3', 'waitlisted'),
        signedUp('v4', 'waitlisted'),
      ])
      .when({
        type: 'WithdrawSignup',
        data: { signupId: 'sgn-v1', activity: activity(), reason: '家里有事' },
        metadata: at(NOW),
      })
      .then([
        {
          type: 'SignupWithdrawn',
          data: {
            signupId: 'sgn-v1',
            activityId: 'act-1',
            volunteerId: 'v1',
            previousStatus: 'accepted',
            reason: '家里有事',
            withdrawnBy: 'acc-v',
            withdrawnAt: NOW,
          },
        },
        {
          type: 'SignupPromotedFromWaitlist',
          data: {
            signupId: 'sgn-v3',
            activityId: 'act-1',
            volunteerId: 'v3',
            freedBy: 'sgn-v1',
            promotedBy: 'acc-v',
            promotedAt: NOW,
          },
        },
      ]);
  });

  it('a raised quota moves the first in line up, as many as it has room for', () => {
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'waitlisted'), signedUp('v3', 'waitlisted')])
      .when({
        type: 'PromoteFromWaitlist',
        data: { activity: activity({ quota: 2 }) },
        metadata: at(NOW, 'organiser'),
      })
      .then([
        {
          type: 'SignupPromotedFromWaitlist',
          data: {
            signupId: 'sgn-v2',
            activityId: 'act-1',
            volunteerId: 'v2',
            freedBy: null,
            promotedBy: 'acc-staff',
            promotedAt: NOW,
          },
        },
      ]);
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'waitlisted')])
      .when({
        type: 'PromoteFromWaitlist',
        data: { activity: activity({ quota: 1 }) },
        metadata: at(NOW, 'organiser'),
      })
      .thenNothingHappens();
  });

  it('refuses a withdrawal after the start', () => {
    spec
      .given([signedUp('v1', 'accepted')])
      .when({
        type: 'WithdrawSignup',
        data: { signupId: 'sgn-v1', activity: activity(), reason: null },
        metadata: at('2026-03-05T01:00:00.000Z'),
      })
      .thenThrows('ACTIVITY_STARTED');
  });

  it('approval accepts within the quota and puts in line beyond it; only a pending sign-up is approved', () => {
    const approve = (signupId: string): SignupCommand => ({
      type: 'ApproveSignup',
      data: { signupId, activity: activity({ approval: 'manual', quota: 1 }) },
      metadata: at(NOW, 'organiser'),
    });
    spec
      .given([signedUp('v1', 'pending')])
      .when(approve('sgn-v1'))
      .thenEvents(([event]) =>
        expect(event.data).toMatchObject({ status: 'accepted', approvedBy: 'acc-staff' }),
      );
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'pending')])
      .when(approve('sgn-v2'))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ status: 'waitlisted' }));
    spec
      .given([signedUp('v1', 'accepted')])
      .when(approve('sgn-v1'))
      .thenThrows('SIGNUP_WRONG_STATUS');
    spec.given([]).when(approve('sgn-v9')).thenThrows('NOT_FOUND');
  });

  it('approval may not make two accepted sign-ups of one volunteer overlap; into the line it may', () => {
    const elsewhere = [
      { activityId: 'act-2', startsAt: '2026-03-05T10:00:00+08:00', endsAt: '2026-03-05T12:00:00+08:00' },
    ];
    const approve = (quota: number): SignupCommand => ({
      type: 'ApproveSignup',
      data: {
        signupId: 'sgn-v2',
        activity: activity({ approval: 'manual', quota }),
        acceptedElsewhere: elsewhere,
      },
      metadata: at(NOW, 'organiser'),
    });
    spec
      .given([signedUp('v2', 'pending')])
      .when(approve(1))
      .thenThrows('SCHEDULE_CONFLICT');
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'pending')])
      .when(approve(1))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ status: 'waitlisted' }));
  });

  it('declining an accepted sign-up frees its place for the first in line', () => {
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'accepted'), signedUp('v3', 'waitlisted')])
      .when({
        type: 'DeclineSignup',
        data: { signupId: 'sgn-v2', activity: activity(), reason: '不符合要求' },
        metadata: at(NOW, 'organiser'),
      })
      .thenEvents((events) =>
        expect(events.map((e) => [e.type, e.data.signupId])).toEqual([
          ['SignupDeclined', 'sgn-v2'],
          ['SignupPromotedFromWaitlist', 'sgn-v3'],
        ]),
      );
  });

  it('refuses a withdrawal once the volunteer has checked in (check-in opens before the start)', () => {
    const checkedIn = {
      type: 'VolunteerCheckedIn',
      data: { signupId: 'sgn-v1', activityId: 'act-1', volunteerId: 'v1', walkIn: false },
    } as unknown as SignupEvent;
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'waitlisted'), checkedIn])
      .when({
        type: 'WithdrawSignup',
        data: { signupId: 'sgn-v1', activity: activity(), reason: null },
        metadata: at('2026-03-05T00:40:00.000Z'), // 08:40, twenty minutes before the start
      })
      .thenThrows('ALREADY_CHECKED_IN');
  });

  it('a free place beside a line goes to the line, never to whoever signs up next', () => {
    // Two places, one taken and one waiting: the place left free belongs to v2 (its promotion is due).
    spec
      .given([signedUp('v1', 'accepted'), signedUp('v2', 'waitlisted')])
      .when(signUp('v3'))
      .then([signedUp('v3', 'waitlisted')]);
  });

  it('after the end, accepted sign-ups without a check-in become no-shows; before it nothing happens', () => {
    const sweep = (now: string): SignupCommand => ({
      type: 'MarkNoShows',
      data: { activity: activity() },
      metadata: at(now, 'admin'),
    });
    const given = [signedUp('v1', 'accepted'), signedUp('v2', 'waitlisted'), signedUp('v3', 'accepted')];
    spec.given(given).when(sweep(NOW)).thenNothingHappens();
    spec
      .given(given)
      .when(sweep('2026-03-05T04:00:00.000Z'))
      .thenEvents((events) =>
        expect(events.map((e) => [e.type, e.data.signupId])).toEqual([
          ['SignupMarkedNoShow', 'sgn-v1'],
          ['SignupMarkedNoShow', 'sgn-v3'],
        ]),
      );
  });
});
