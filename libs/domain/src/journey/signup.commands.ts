import type { Command } from '../decider';
import type { Recruitment } from './recruitment';

/** What a sign-up decision needs of the activity, read from its stream by the application. */
export interface SignupActivityFacts {
  readonly activityId: string;
  readonly regionCode: string;
  readonly startsAt: string;
  readonly endsAt: string;
  /** Null: the activity does not recruit. */
  readonly recruitment: Recruitment | null;
}

/** What a sign-up decision needs of the volunteer, read from its stream and its teams' streams. */
export interface SignupVolunteerFacts {
  readonly volunteerId: string;
  readonly regionCode: string;
  /** Teams (of the audience) the volunteer is a current member of. */
  readonly teamIds: readonly string[];
  /** True after the volunteer exited (退出) and did not rejoin. */
  readonly exited: boolean;
}

/** An accepted sign-up of the volunteer in another activity (for SCHEDULE_CONFLICT). */
export interface AcceptedElsewhere {
  readonly activityId: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

export type SignUp = Command<
  'SignUp',
  {
    signupId: string;
    activity: SignupActivityFacts;
    volunteer: SignupVolunteerFacts;
    acceptedElsewhere: readonly AcceptedElsewhere[];
  }
>;

export type ApproveSignup = Command<
  'ApproveSignup',
  {
    signupId: string;
    activity: SignupActivityFacts;
    /** The volunteer's accepted sign-ups of other activities: an approval may not make two overlap. */
    acceptedElsewhere?: readonly AcceptedElsewhere[];
  }
>;

export type DeclineSignup = Command<
  'DeclineSignup',
  { signupId: string; activity: SignupActivityFacts; reason: string }
>;

export type WithdrawSignup = Command<
  'WithdrawSignup',
  { signupId: string; activity: SignupActivityFacts; reason: string | null }
>;

/** The sweep after the end: accepted sign-ups that never checked in become no-shows. */
export type MarkNoShows = Command<'MarkNoShows', { activity: SignupActivityFacts }>;

/** After a recruitment change: places the new quota opened go to the first in line. */
export type PromoteFromWaitlist = Command<'PromoteFromWaitlist', { activity: SignupActivityFacts }>;

export type SignupCommand =
  SignUp | ApproveSignup | DeclineSignup | WithdrawSignup | MarkNoShows | PromoteFromWaitlist;
