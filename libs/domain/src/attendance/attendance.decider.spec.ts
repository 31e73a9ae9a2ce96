import type { CommandMetadata } from '../decider';
import type { SignupEvent } from '../journey/signup.events';
import { signupsDecider } from '../journey/signup.decider';
import { hasCheckedIn } from '../journey/signup.decider';
import { fold } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import type { AttendanceActivityFacts, AttendanceCommand, RecordedCheckOut } from './attendance.commands';
import { attendanceDecider, type AttendanceState } from './attendance.decider';
import type { AttendanceEvent, GeoPoint } from './attendance.events';

type Event = AttendanceEvent | SignupEvent;

const START = '2026-03-05T09:00:00+08:00';
const END = '2026-03-05T11:30:00+08:00';
const NOW = '2026-03-05T01:30:00.000Z'; // 09:30 in Beijing
const STATION: GeoPoint = { lat: 34.7466, lng: 113.6253 };

const meta = (now = NOW, accountId = 'acc-v'): CommandMetadata => ({
  commandId: 'cmd-1',
  now,
  actor: {
    accountId,
    role: accountId === 'acc-org' ? 'organiser' : 'volunteer',
    regionCode: '410122',
    volunteerId: 'v1',
  },
});

const activity = (extra: Partial<AttendanceActivityFacts> = {}): AttendanceActivityFacts => ({
  activityId: 'act-1',
  startsAt: START,
  endsAt: END,
  walkIns: false,
  station: STATION,
  ...extra,
});

const signedUp = (volunteerId: string, status: 'accepted' | 'waitlisted' = 'accepted'): Event => ({
  type: 'VolunteerSignedUp',
  data: {
    signupId: `sgn-${volunteerId}`,
    activityId: 'act-1',
    volunteerId,
    status,
    signedUpBy: 'acc-v',
    signedUpAt: '2026-03-01T02:00:00.000Z',
  },
});

const opened: Event = {
  type: 'AttendanceOpened',
  data: {
    sessionId: 'ats-1',
    activityId: 'act-1',
    openedBy: { accountId: 'acc-org', role: 'organiser', regionCode: '410122' },
    openedAt: '2026-03-05T00:40:00.000Z',
  },
};

const checkedIn = (volunteerId: string, at = '2026-03-05T00:45:00.000Z'): Event => ({
  type: 'VolunteerCheckedIn',
  data: {
    attendanceId: `atn-${volunteerId}`,
    sessionId: 'ats-1',
    activityId: 'act-1',
    volunteerId,
    signupId: `sgn-${volunteerId}`,
    walkIn: false,
    location: null,
    distanceMetres: null,
    farFromStation: false,
    checkedInBy: 'acc-v',
    checkedInAt: at,
  },
});

const checkIn = (
  volunteerId: string,
  options: { now?: string; walkIns?: boolean; exited?: boolean; location?: GeoPoint | null } = {},
): AttendanceCommand => ({
  type: 'CheckIn',
  data: {
    attendanceId: 'atn-new',
    sessionId: 'ats-1',
    activity: activity({ walkIns: options.walkIns ?? false }),
    volunteer: { volunteerId, exited: options.exited ?? false },
    location: options.location ?? null,
  },
  metadata: meta(options.now),
});

const recorded = (volunteerId: string, minutes = 45): RecordedCheckOut => ({
  attendanceId: `atn-${volunteerId}`,
  serviceRecordId: `rec-${volunteerId}`,
  minutes,
  recordRefused: null,
});

describe('on-site attendance of an activity', () => {
  const spec = DeciderSpecification.for<AttendanceState, AttendanceCommand, Event>(attendanceDecider);

  it('opens a session recording who opened it; a second open while one is open changes nothing', () => {
    spec
      .given([])
      .when({
        type: 'OpenAttendance',
        data: { sessionId: 'ats-1', activity: activity() },
        metadata: meta(NOW, 'acc-org'),
      })
      .then([
        {
          type: 'AttendanceOpened',
          data: {
            sessionId: 'ats-1',
            activityId: 'act-1',
            openedBy: { accountId: 'acc-org', role: 'organiser', regionCode: '410122' },
            openedAt: NOW,
          },
        },
      ]);
    spec
      .given([opened])
      .when({
        type: 'OpenAttendance',
        data: { sessionId: 'ats-2', activity: activity() },
        metadata: meta(NOW, 'acc-org'),
      })
      .thenNothingHappens();
    spec
      .given([])
      .when({
        type: 'OpenAttendance',
        data: { sessionId: 'ats-1', activity: activity() },
        metadata: meta('2026-03-05T03:30:00.000Z', 'acc-org'),
      })
      .thenThrows('OUTSIDE_ACTIVITY_TIME');
  });

  it('checks in an accepted sign-up, keeping the location and its distance from the station', () => {
    spec
      .given([signedUp('v1'), opened])
      .when(checkIn('v1', { location: { lat: 34.747, lng: 113.6258 } }))
      .thenEvents((events) => {
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({
          type: 'VolunteerCheckedIn',
          data: {
            volunteerId: 'v1',
            signupId: 'sgn-v1',
            walkIn: false,
            farFromStation: false,
            checkedInAt: NOW,
          },
        });
        expect((events[0] as AttendanceEvent).data).toHaveProperty('distanceMetres', expect.any(Number));
      });
  });

  it('flags, never refuses, a check-in over 1 km from the station', () => {
    spec
      .given([signedUp('v1'), opened])
      .when(checkIn('v1', { location: { lat: 34.8, lng: 113.6253 } }))
      .thenEvents((events) => {
        expect(events[0]).toMatchObject({ data: { farFromStation: true } });
        expect((events[0] as { data: { distanceMetres: number } }).data.distanceMetres).toBeGreaterThan(5000);
      });
  });

  it('refuses a second check-in while in, a volunteer without an accepted sign-up, and an exited volunteer', () => {
    spec
      .given([signedUp('v1'), opened, checkedIn('v1')])
      .when(checkIn('v1'))
      .thenThrows('ALREADY_CHECKED_IN');
    spec
      .given([signedUp('v1', 'waitlisted'), opened])
      .when(checkIn('v1'))
      .thenThrows('NOT_SIGNED_UP');
    spec.given([opened]).when(checkIn('v2')).thenThrows('NOT_SIGNED_UP');
    spec
      .given([signedUp('v1'), opened])
      .when(checkIn('v1', { exited: true }))
      .thenThrows('VOLUNTEER_EXITED');
  });

  it('lets a walk-in check in when the recruitment allows walk-ins', () => {
    spec
      .given([opened])
      .when(checkIn('v2', { walkIns: true }))
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ data: { volunteerId: 'v2', signupId: null, walkIn: true } }),
      );
  });

  it('opens check-in 30 minutes before the start and closes it at the end', () => {
    spec
      .given([signedUp('v1'), opened])
      .when(checkIn('v1', { now: '2026-03-05T00:29:59.000Z' }))
      .thenThrows('OUTSIDE_ACTIVITY_TIME');
    spec
      .given([signedUp('v1'), opened])
      .when(checkIn('v1', { now: '2026-03-05T00:30:00.000Z' }))
      .thenEvents((events) => expect(events).toHaveLength(1));
    spec
      .given([signedUp('v1'), opened])
      .when(checkIn('v1', { now: '2026-03-05T03:30:00.000Z' }))
      .thenThrows('OUTSIDE_ACTIVITY_TIME');
  });

  it('refuses a code of a closed session', () => {
    const closed: Event = {
      type: 'AttendanceClosed',
      data: { sessionId: 'ats-1', activityId: 'act-1', checkedOut: 0, closedBy: 'acc-org', closedAt: NOW },
    };
    spec
      .given([signedUp('v1'), opened, closed])
      .when(checkIn('v1'))
      .thenThrows('CHECKIN_CODE_INVALID');
  });

  it('checks out with the record the application wrote; without a check-in it refuses', () => {
    const checkOut = (volunteerId: string): AttendanceCommand => ({
      type: 'CheckOut',
      data: { sessionId: 'ats-1', activity: activity(), volunteerId, recorded: recorded(volunteerId) },
      metadata: meta(),
    });
    spec
      .given([signedUp('v1'), opened, checkedIn('v1')])
      .when(checkOut('v1'))
      .then([
        {
          type: 'VolunteerCheckedOut',
          data: {
            attendanceId: 'atn-v1',
            sessionId: 'ats-1',
            activityId: 'act-1',
            volunteerId: 'v1',
            checkedOutAt: NOW,
            serviceRecordId: 'rec-v1',
            minutes: 45,
            recordRefused: null,
            by: 'volunteer',
            checkedOutBy: 'acc-v',
          },
        },
      ]);
    spec
      .given([signedUp('v1'), opened])
      .when(checkOut('v1'))
      .thenThrows('NOT_CHECKED_IN');
  });

  it('closing checks out whoever is still in, at the end or now if earlier, then closes', () => {
    spec
      .given([signedUp('v1'), signedUp('v2'), opened, checkedIn('v1'), checkedIn('v2')])
      .when({
        type: 'CloseAttendance',
        data: { sessionId: 'ats-1', activity: activity(), recorded: [recorded('v1', 150)] },
        metadata: meta('2026-03-05T04:00:00.000Z', 'acc-org'),
      })
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual([
          'VolunteerCheckedOut',
          'VolunteerCheckedOut',
          'AttendanceClosed',
        ]);
        expect(events[0]).toMatchObject({
          data: { volunteerId: 'v1', checkedOutAt: END, serviceRecordId: 'rec-v1', by: 'closing' },
        });
        expect(events[1]).toMatchObject({
          data: { volunteerId: 'v2', serviceRecordId: null, recordRefused: 'CHECKED_IN_WHILE_CLOSING' },
        });
        expect(events[2]).toMatchObject({ data: { checkedOut: 2, closedBy: 'acc-org' } });
      });
  });

  it('feeds the no-show seam: the sign-up decider sees a check-in on the same stream', () => {
    const state = fold(signupsDecider, [
      signedUp('v1'),
      signedUp('v2'),
      opened,
      checkedIn('v1'),
    ] as SignupEvent[]);
    expect(hasCheckedIn(state, 'sgn-v1')).toBe(true);
    expect(hasCheckedIn(state, 'sgn-v2')).toBe(false);
  });
});
