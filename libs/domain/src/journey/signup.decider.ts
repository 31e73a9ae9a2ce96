import type { AttendanceEvent } from '../attendance/attendance.events';
import { type Decider, unreachable } from '../decider';
import { NotFound, RuleViolation } from '../errors';
import { regionContains, regionLevel } from '../regions/region-code';
import { instantMillis } from '../time/business-time';
import { signupClosesAtMillis } from './recruitment';
import type { AcceptedElsewhere, SignupActivityFacts, SignupCommand } from './signup.commands';
import type { SignupEvent, SignupPromotedFromWaitlist, SignupStatus } from './signup.events';

export interface SignupEntry {
  readonly signupId: string;
  readonly volunteerId: string;
  readonly status: SignupStatus;
  readonly signedUpAt: string;
  /** Arrival number on the stream (1, 2, …): the waiting line's order. */
  readonly arrival: number;
  /**
   * Set by the check-in events on this stream once check-in exists (none today): the no-show sweep
   * skips a sign-up that checked in. See `hasCheckedIn`.
   */
  readonly checkedIn: boolean;
}

export interface SignupsState {
  readonly signups: ReadonlyMap<string, SignupEntry>;
  readonly arrivals: number;
}

/** Statuses that hold (or wait for) a place: a second sign-up of the volunteer is refused. */
const LIVE: readonly SignupStatus[] = ['pending', 'accepted', 'waitlisted'];

export const acceptedCount = (state: SignupsState): number =>
  [...state.signups.values()].filter((s) => s.status === 'accepted').length;

/** The waiting line, first in line first. */
export const waitlistOf = (state: SignupsState): SignupEntry[] =>
  [...state.signups.values()].filter((s) => s.status === 'waitlisted').sort((a, b) => a.arrival - b.arrival);

/** One volunteer holds no two accepted sign-ups whose times overlap (touching is fine). */
function requireNoScheduleConflict(
  volunteerId: string,
  activity: SignupActivityFacts,
  acceptedElsewhere: readonly AcceptedElsewhere[],
): void {
  const conflict = acceptedElsewhere.find(
    (other) => other.activityId !== activity.activityId && overlaps(other, activity),
  );
  if (conflict) {
    throw new RuleViolation(
      'SCHEDULE_CONFLICT',
      `volunteer ${volunteerId} is accepted for activity ${conflict.activityId} at the same time`,
      { activityId: conflict.activityId, startsAt: conflict.startsAt, endsAt: conflict.endsAt },
    );
  }
}

/**
 * A place a newcomer may take: under the quota and nobody waiting in line. Places free beside a line
 * (a promotion that has not been written yet) belong to the line, in order, never to whoever comes next.
 */
const hasFreePlace = (state: SignupsState, quota: number): boolean =>
  acceptedCount(state) < quota && !waitlistOf(state).length;

/**
 * THE SEAM between no-shows and check-in: true when the sign-up's stream holds a check-in for it.
 * Fed only by this stream's events (evolve sets `checkedIn`); until check-in exists it is always false.
 */
export const hasCheckedIn = (state: SignupsState, signupId: string): boolean =>
  state.signups.get(signupId)?.checkedIn ?? false;

/** The city a region lies in (a province-level region is its own). */
const cityOf = (code: string): string => (regionLevel(code) === 'province' ? code : `${code.slice(0, 4)}00`);

/**
 * Which recruiting activities a volunteer of `volunteerRegion` is reached by: those of its city
 * (any county of it, or the city itself) and those of a wider region containing it (province-wide).
 */
export const activityReaches = (activityRegion: string, volunteerRegion: string): boolean =>
  regionContains(activityRegion, volunteerRegion) || regionContains(cityOf(volunteerRegion), activityRegion);

const overlaps = (
  a: { startsAt: string; endsAt: string },
  b: { startsAt: string; endsAt: string },
): boolean =>
  instantMillis(a.startsAt) < instantMillis(b.endsAt) && instantMillis(b.startsAt) < instantMillis(a.endsAt);

function requireSignup(state: SignupsState, signupId: string): SignupEntry {
  const signup = state.signups.get(signupId);
  if (!signup) throw new NotFound('sign-up', signupId);
  return signup;
}

function wrongStatus(signup: SignupEntry, action: string): never {
  throw new RuleViolation(
    'SIGNUP_WRONG_STATUS',
    `sign-up ${signup.signupId} is ${signup.status}: it cannot be ${action}`,
    { signupId: signup.signupId, status: signup.status },
  );
}

const update = (state: SignupsState, signupId: string, change: Partial<SignupEntry>): SignupsState => {
  const signup = state.signups.get(signupId);
  if (!signup) return state;
  const signups = new Map(state.signups);
  signups.set(signupId, { ...signup, ...change });
  return { ...state, signups };
};

/**
 * The places a withdrawal or decline freed go to the first in line, in order, while the quota has
 * room and the activity has not started (a lowered quota frees nothing until it has room again).
 */
function promotions(
  state: SignupsState,
  activity: SignupActivityFacts,
  freedBy: string | null,
  actor: string,
  now: string,
): SignupPromotedFromWaitlist[] {
  const quota = activity.recruitment?.quota ?? 0;
  if (Date.parse(now) >= instantMillis(activity.startsAt)) return [];
  const room = quota - acceptedCount(state);
  return waitlistOf(state)
    .slice(0, Math.max(0, room))
    .map((s) => ({
      type: 'SignupPromotedFromWaitlist',
      data: {
        signupId: s.signupId,
        activityId: activity.activityId,
        volunteerId: s.volunteerId,
        freedBy,
        promotedBy: actor,
        promotedAt: now,
      },
    }));
}

export const signupsDecider: Decider<SignupsState, SignupCommand, SignupEvent> = {
  initialState: () => ({ signups: new Map(), arrivals: 0 }),

  evolve(state, event) {
    // The sign-up stream also carries on-site attendance (libs/domain/src/attendance): a check-in
    // under a sign-up sets its `checkedIn` (the no-show seam); the other attendance events change no sign-up.
    const attendance = event as SignupEvent | AttendanceEvent;
    if (attendance.type === 'VolunteerCheckedIn')
      return attendance.data.signupId ? update(state, attendance.data.signupId, { checkedIn: true }) : state;
    if (
      attendance.type === 'AttendanceOpened' ||
      attendance.type === 'AttendanceClosed' ||
      attendance.type === 'VolunteerCheckedOut'
    )
      return state;
    switch (event.type) {
      case 'VolunteerSignedUp': {
        const signups = new Map(state.signups);
        const arrival = state.arrivals + 1;
        signups.set(event.data.signupId, {
          signupId: event.data.signupId,
          volunteerId: event.data.volunteerId,
          status: event.data.status,
          signedUpAt: event.data.signedUpAt,
          arrival,
          checkedIn: false,
        });
        return { signups, arrivals: arrival };
      }
      case 'SignupApproved':
        return update(state, event.data.signupId, { status: event.data.status });
      case 'SignupDeclined':
        return update(state, event.data.signupId, { status: 'declined' });
      case 'SignupWithdrawn':
        return update(state, event.data.signupId, { status: 'withdrawn' });
      case 'SignupPromotedFromWaitlist':
        return update(state, event.data.signupId, { status: 'accepted' });
      case 'SignupMarkedNoShow':
        return update(state, event.data.signupId, { status: 'no-show' });
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    const nowMs = Date.parse(now);
    switch (command.type) {
      case 'SignUp': {
        const { signupId, activity, volunteer, acceptedElsewhere } = command.data;
        if (state.signups.has(signupId)) return [];
        if (volunteer.exited) {
          throw new RuleViolation('VOLUNTEER_EXITED', `volunteer ${volunteer.volunteerId} has exited`, {
            volunteerId: volunteer.volunteerId,
          });
        }
        const recruitment = activity.recruitment;
        if (
          !recruitment ||
          !recruitment.open ||
          nowMs >= signupClosesAtMillis(recruitment, activity.startsAt)
        ) {
          throw new RuleViolation(
            'SIGNUP_CLOSED',
            !recruitment || !recruitment.open
              ? `activity ${activity.activityId} is not recruiting`
              : `sign-up for activity ${activity.activityId} closed at its deadline or start`,
            { activityId: activity.activityId, signupDeadline: recruitment?.signupDeadline ?? null },
          );
        }
        const existing = [...state.signups.values()].find(
          (s) => s.volunteerId === volunteer.volunteerId && LIVE.includes(s.status),
        );
        if (existing) {
          throw new RuleViolation(
            'ALREADY_SIGNED_UP',
            `volunteer ${volunteer.volunteerId} already signed up for activity ${activity.activityId}`,
            { signupId: existing.signupId, status: existing.status },
          );
        }
        const inAudience =
          recruitment.audience === 'teams'
            ? volunteer.teamIds.some((teamId) => recruitment.teamIds.includes(teamId))
            : activityReaches(activity.regionCode, volunteer.regionCode);
        if (!inAudience) {
          throw new RuleViolation(
            'NOT_IN_AUDIENCE',
            recruitment.audience === 'teams'
              ? `activity ${activity.activityId} recruits members of its teams only`
              : `activity ${activity.activityId} of region ${activity.regionCode} does not recruit in region ${volunteer.regionCode}`,
            { activityId: activity.activityId, audience: recruitment.audience },
          );
        }
        requireNoScheduleConflict(volunteer.volunteerId, activity, acceptedElsewhere);
        const status =
          recruitment.approval === 'manual'
            ? 'pending'
            : hasFreePlace(state, recruitment.quota)
              ? 'accepted'
              : 'waitlisted';
        return [
          {
            type: 'VolunteerSignedUp',
            data: {
              signupId,
              activityId: activity.activityId,
              volunteerId: volunteer.volunteerId,
              status,
              signedUpBy: actor.accountId,
              signedUpAt: now,
            },
          },
        ];
      }
      case 'ApproveSignup': {
        const { signupId, activity } = command.data;
        const signup = requireSignup(state, signupId);
        if (signup.status !== 'pending') wrongStatus(signup, 'approved');
        const quota = activity.recruitment?.quota ?? 0;
        const status = hasFreePlace(state, quota) ? 'accepted' : 'waitlisted';
        if (status === 'accepted') {
          requireNoScheduleConflict(signup.volunteerId, activity, command.data.acceptedElsewhere ?? []);
        }
        return [
          {
            type: 'SignupApproved',
            data: {
              signupId,
              activityId: activity.activityId,
              volunteerId: signup.volunteerId,
              status,
              approvedBy: actor.accountId,
              approvedAt: now,
            },
          },
        ];
      }
      case 'DeclineSignup': {
        const { signupId, activity } = command.data;
        const signup = requireSignup(state, signupId);
        if (signup.status !== 'pending' && signup.status !== 'accepted' && signup.status !== 'waitlisted')
          wrongStatus(signup, 'declined');
        const reason = command.data.reason.trim();
        if (!reason) {
          throw new RuleViolation('VALIDATION_FAILED', 'reason must not be empty', {
            errors: [{ field: 'reason', message: 'must not be empty' }],
          });
        }
        const declined: SignupEvent = {
          type: 'SignupDeclined',
          data: {
            signupId,
            activityId: activity.activityId,
            volunteerId: signup.volunteerId,
            previousStatus: signup.status,
            reason,
            declinedBy: actor.accountId,
            declinedAt: now,
          },
        };
        if (signup.status !== 'accepted') return [declined];
        const after = signupsDecider.evolve(state, declined);
        return [declined, ...promotions(after, activity, signupId, actor.accountId, now)];
      }
      case 'WithdrawSignup': {
        const { signupId, activity } = command.data;
        const signup = requireSignup(state, signupId);
        // Check-in opens before the start: who has come may no longer give its place away.
        if (signup.checkedIn) {
          throw new RuleViolation(
            'ALREADY_CHECKED_IN',
            `sign-up ${signupId} has checked in: it is withdrawn no more`,
            { signupId },
          );
        }
        if (nowMs >= instantMillis(activity.startsAt)) {
          throw new RuleViolation(
            'ACTIVITY_STARTED',
            `activity ${activity.activityId} has started: a sign-up is withdrawn before the start`,
            { activityId: activity.activityId, startsAt: activity.startsAt },
          );
        }
        if (signup.status !== 'pending' && signup.status !== 'accepted' && signup.status !== 'waitlisted')
          wrongStatus(signup, 'withdrawn');
        const withdrawn: SignupEvent = {
          type: 'SignupWithdrawn',
          data: {
            signupId,
            activityId: activity.activityId,
            volunteerId: signup.volunteerId,
            previousStatus: signup.status,
            reason: command.data.reason?.trim() || null,
            withdrawnBy: actor.accountId,
            withdrawnAt: now,
          },
        };
        if (signup.status !== 'accepted') return [withdrawn];
        const after = signupsDecider.evolve(state, withdrawn);
        return [withdrawn, ...promotions(after, activity, signupId, actor.accountId, now)];
      }
      case 'PromoteFromWaitlist':
        return promotions(state, command.data.activity, null, actor.accountId, now);
      case 'MarkNoShows': {
        const { activity } = command.data;
        if (nowMs < instantMillis(activity.endsAt)) return [];
        return [...state.signups.values()]
          .filter((s) => s.status === 'accepted' && !hasCheckedIn(state, s.signupId))
          .sort((a, b) => a.arrival - b.arrival)
          .map((s) => ({
            type: 'SignupMarkedNoShow' as const,
            data: {
              signupId: s.signupId,
              activityId: activity.activityId,
              volunteerId: s.volunteerId,
              activityEndedAt: activity.endsAt,
              markedBy: actor.accountId,
              markedAt: now,
            },
          }));
      }
      default:
        return unreachable(command);
    }
  },
};
