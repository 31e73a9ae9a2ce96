import { type Decider } from '../decider';
import { RuleViolation } from '../errors';
import { SIGNUP_EVENT_TYPES, type SignupEvent } from '../journey/signup.events';
import { type SignupsState, signupsDecider } from '../journey/signup.decider';
import { instantMillis } from '../time/business-time';
import type { AttendanceActivityFacts, AttendanceCommand, RecordedCheckOut } from './attendance.commands';
import type { AttendanceEvent, AttendanceOpener, GeoPoint, VolunteerCheckedOut } from './attendance.events';
import { distanceMetres, FAR_FROM_STATION_METRES } from './geo';

export interface AttendanceSession {
  readonly sessionId: string;
  readonly openedBy: AttendanceOpener;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

export interface AttendanceEntry {
  readonly attendanceId: string;
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly signupId: string | null;
  readonly walkIn: boolean;
  readonly checkedInAt: string;
  readonly location: GeoPoint | null;
  readonly distanceMetres: number | null;
  readonly farFromStation: boolean;
  readonly checkedOutAt: string | null;
  readonly serviceRecordId: string | null;
  readonly minutes: number | null;
}

export interface AttendanceState {
  /** The sign-ups of the same stream, folded by the sign-up decider itself. */
  readonly signups: SignupsState;
  readonly sessions: ReadonlyMap<string, AttendanceSession>;
  /** Every check-in, in the order they came. */
  readonly attendances: ReadonlyMap<string, AttendanceEntry>;
}

/** Check-in opens this long before the start; it closes at the end. */
export const CHECK_IN_EARLY_MINUTES = 30;

export const openSessionOf = (state: AttendanceState): AttendanceSession | undefined =>
  [...state.sessions.values()].find((s) => s.closedAt === null);

/** The volunteer's attendance that is in (checked in, not yet out). */
export const currentAttendanceOf = (
  state: AttendanceState,
  volunteerId: string,
): AttendanceEntry | undefined =>
  [...state.attendances.values()].find((a) => a.volunteerId === volunteerId && a.checkedOutAt === null);

/** Everyone still in. */
export const stillIn = (state: AttendanceState): AttendanceEntry[] =>
  [...state.attendances.values()].filter((a) => a.checkedOutAt === null);

/** The volunteer's accepted sign-up on this stream, if any. */
export const acceptedSignupOf = (state: AttendanceState, volunteerId: string): string | null =>
  [...state.signups.signups.values()].find((s) => s.volunteerId === volunteerId && s.status === 'accepted')
    ?.signupId ?? null;

/**
 * The time a check-out records: from the check-in (or the activity's start, if it was earlier) to the
 * check-out (or the activity's end, if it was later). Both as given instants.
 */
export function recordWindow(
  attendance: AttendanceEntry,
  activity: Pick<AttendanceActivityFacts, 'startsAt' | 'endsAt'>,
  checkedOutAt: string,
): { startedAt: string; endedAt: string } {
  return {
    startedAt:
      instantMillis(attendance.checkedInAt) < instantMillis(activity.startsAt)
        ? activity.startsAt
        : attendance.checkedInAt,
    endedAt: instantMillis(checkedOutAt) > instantMillis(activity.endsAt) ? activity.endsAt : checkedOutAt,
  };
}

/** When closing checks out whoever is still in: at the activity's end, or now if that is earlier. */
export const closingCheckOutAt = (activity: Pick<AttendanceActivityFacts, 'endsAt'>, now: string): string =>
  Date.parse(now) < instantMillis(activity.endsAt) ? now : activity.endsAt;

const codeInvalid = (detail: string): never => {
  throw new RuleViolation('CHECKIN_CODE_INVALID', detail);
};

function requireOpenSession(state: AttendanceState, sessionId: string): AttendanceSession {
  const session = state.sessions.get(sessionId);
  if (!session || session.closedAt !== null) codeInvalid('the code belongs to no open check-in session');
  return session!;
}

const SIGNUP_TYPES: readonly string[] = SIGNUP_EVENT_TYPES;

const withAttendance = (state: AttendanceState, entry: AttendanceEntry): AttendanceState => {
  const attendances = new Map(state.attendances);
  attendances.set(entry.attendanceId, entry);
  return { ...state, attendances };
};

function checkedOut(
  entry: AttendanceEntry,
  recorded: RecordedCheckOut,
  activityId: string,
  sessionId: string,
  at: string,
  by: VolunteerCheckedOut['data']['by'],
  actor: string,
): VolunteerCheckedOut {
  return {
    type: 'VolunteerCheckedOut',
    data: {
      attendanceId: entry.attendanceId,
      sessionId,
      activityId,
      volunteerId: entry.volunteerId,
      checkedOutAt: at,
      serviceRecordId: recorded.serviceRecordId,
      minutes: recorded.minutes,
      recordRefused: recorded.recordRefused,
      by,
      checkedOutBy: actor,
    },
  };
}

/**
 * On-site attendance of one activity, decided on the activity's sign-up stream: open and close a
 * session, check in (an accepted sign-up, or a walk-in when the recruitment allows them; from 30
 * minutes before the start until the end; once at a time), check out (the record is written first by
 * the application, through the same RecordService rules as a typed record).
 */
export const attendanceDecider: Decider<AttendanceState, AttendanceCommand, AttendanceEvent | SignupEvent> = {
  initialState: () => ({
    signups: signupsDecider.initialState(),
    sessions: new Map(),
    attendances: new Map(),
  }),

  evolve(state, event) {
    if (SIGNUP_TYPES.includes(event.type))
      return { ...state, signups: signupsDecider.evolve(state.signups, event as SignupEvent) };
    const e = event as AttendanceEvent;
    switch (e.type) {
      case 'AttendanceOpened': {
        const sessions = new Map(state.sessions);
        sessions.set(e.data.sessionId, {
          sessionId: e.data.sessionId,
          openedBy: e.data.openedBy,
          openedAt: e.data.openedAt,
          closedAt: null,
        });
        return { ...state, sessions };
      }
      case 'AttendanceClosed': {
        const session = state.sessions.get(e.data.sessionId);
        if (!session) return state;
        const sessions = new Map(state.sessions);
        sessions.set(e.data.sessionId, { ...session, closedAt: e.data.closedAt });
        return { ...state, sessions };
      }
      case 'VolunteerCheckedIn':
        return withAttendance(
          { ...state, signups: signupsDecider.evolve(state.signups, e as unknown as SignupEvent) },
          {
            attendanceId: e.data.attendanceId,
            sessionId: e.data.sessionId,
            volunteerId: e.data.volunteerId,
            signupId: e.data.signupId,
            walkIn: e.data.walkIn,
            checkedInAt: e.data.checkedInAt,
            location: e.data.location,
            distanceMetres: e.data.distanceMetres,
            farFromStation: e.data.farFromStation,
            checkedOutAt: null,
            serviceRecordId: null,
            minutes: null,
          },
        );
      case 'VolunteerCheckedOut': {
        const entry = state.attendances.get(e.data.attendanceId);
        if (!entry) return state;
        return withAttendance(state, {
          ...entry,
          checkedOutAt: e.data.checkedOutAt,
          serviceRecordId: e.data.serviceRecordId,
          minutes: e.data.minutes,
        });
      }
      default:
        return state;
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    const nowMs = Date.parse(now);
    switch (command.type) {
      case 'OpenAttendance': {
        const { sessionId, activity } = command.data;
        if (state.sessions.has(sessionId) || openSessionOf(state)) return [];
        if (nowMs >= instantMillis(activity.endsAt)) {
          throw new RuleViolation(
            'OUTSIDE_ACTIVITY_TIME',
            `activity ${activity.activityId} ended at ${activity.endsAt}: check-in cannot open`,
            { startsAt: activity.startsAt, endsAt: activity.endsAt },
          );
        }
        return [
          {
            type: 'AttendanceOpened',
            data: {
              sessionId,
              activityId: activity.activityId,
              openedBy: { accountId: actor.accountId, role: actor.role, regionCode: actor.regionCode },
              openedAt: now,
            },
          },
        ];
      }
      case 'CheckIn': {
        const { attendanceId, sessionId, activity, volunteer, location } = command.data;
        if (state.attendances.has(attendanceId)) return [];
        requireOpenSession(state, sessionId);
        if (volunteer.exited) {
          throw new RuleViolation('VOLUNTEER_EXITED', `volunteer ${volunteer.volunteerId} has exited`, {
            volunteerId: volunteer.volunteerId,
          });
        }
        const opensMs = instantMillis(activity.startsAt) - CHECK_IN_EARLY_MINUTES * 60_000;
        if (nowMs < opensMs || nowMs >= instantMillis(activity.endsAt)) {
          throw new RuleViolation(
            'OUTSIDE_ACTIVITY_TIME',
            `check-in to activity ${activity.activityId} is open from ${CHECK_IN_EARLY_MINUTES} minutes before its start (${activity.startsAt}) until its end (${activity.endsAt})`,
            { startsAt: activity.startsAt, endsAt: activity.endsAt },
          );
        }
        const current = currentAttendanceOf(state, volunteer.volunteerId);
        if (current) {
          throw new RuleViolation(
            'ALREADY_CHECKED_IN',
            `volunteer ${volunteer.volunteerId} is already checked in (since ${current.checkedInAt})`,
            { attendanceId: current.attendanceId, checkedInAt: current.checkedInAt },
          );
        }
        const signupId = acceptedSignupOf(state, volunteer.volunteerId);
        if (!signupId && !activity.walkIns) {
          throw new RuleViolation(
            'NOT_SIGNED_UP',
            `volunteer ${volunteer.volunteerId} holds no accepted sign-up for activity ${activity.activityId}, which takes no walk-ins`,
            { activityId: activity.activityId },
          );
        }
        const distance = location && activity.station ? distanceMetres(location, activity.station) : null;
        return [
          {
            type: 'VolunteerCheckedIn',
            data: {
              attendanceId,
              sessionId,
              activityId: activity.activityId,
              volunteerId: volunteer.volunteerId,
              signupId,
              walkIn: signupId === null,
              location,
              distanceMetres: distance,
              farFromStation: distance !== null && distance > FAR_FROM_STATION_METRES,
              checkedInBy: actor.accountId,
              checkedInAt: now,
            },
          },
        ];
      }
      case 'CheckOut': {
        const { sessionId, activity, volunteerId, recorded } = command.data;
        const done = state.attendances.get(recorded.attendanceId);
        if (done && done.checkedOutAt !== null && done.serviceRecordId === recorded.serviceRecordId)
          return [];
        requireOpenSession(state, sessionId);
        const entry = currentAttendanceOf(state, volunteerId);
        if (!entry || entry.attendanceId !== recorded.attendanceId) {
          throw new RuleViolation('NOT_CHECKED_IN', `volunteer ${volunteerId} is not checked in`, {
            activityId: activity.activityId,
          });
        }
        return [
          checkedOut(entry, recorded, activity.activityId, sessionId, now, 'volunteer', actor.accountId),
        ];
      }
      case 'CloseAttendance': {
        const { sessionId, activity, recorded } = command.data;
        const session = state.sessions.get(sessionId);
        if (!session || session.closedAt !== null) return [];
        const at = closingCheckOutAt(activity, now);
        const byAttendance = new Map(recorded.map((r) => [r.attendanceId, r]));
        const checkOuts = stillIn(state).map((entry) =>
          checkedOut(
            entry,
            byAttendance.get(entry.attendanceId) ?? {
              attendanceId: entry.attendanceId,
              serviceRecordId: null,
              minutes: 0,
              recordRefused: 'CHECKED_IN_WHILE_CLOSING',
            },
            activity.activityId,
            sessionId,
            at,
            'closing',
            actor.accountId,
          ),
        );
        return [
          ...checkOuts,
          {
            type: 'AttendanceClosed',
            data: {
              sessionId,
              activityId: activity.activityId,
              checkedOut: checkOuts.length,
              closedBy: actor.accountId,
              closedAt: now,
            },
          },
        ];
      }
      default: {
        const unknown: never = command;
        throw new Error(`unhandled command ${JSON.stringify(unknown)}`);
      }
    }
  },
};
