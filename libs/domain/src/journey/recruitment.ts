import { ValidationFailed, type InvalidField } from '../errors';
import { instantMillis, isOffsetDateTime } from '../time/business-time';

/**
 * How an activity recruits (招募): how many places, until when, who decides, who may sign up, and
 * whether volunteers without a sign-up may check in on site. Kept on the activity's stream
 * (ActivityRecruitmentChanged); the sign-up decisions read it from there.
 */
export interface Recruitment {
  /** False: recruitment is closed; who is in stays in. */
  readonly open: boolean;
  /** Accepted sign-ups never exceed it; beyond it volunteers wait in line. */
  readonly quota: number;
  /** ISO-8601 with offset. Sign-up closes at this instant or the activity's start, whichever is first. */
  readonly signupDeadline: string;
  readonly approval: 'auto' | 'manual';
  /** `region`: volunteers the activity reaches by region; `teams`: members of the named teams only. */
  readonly audience: 'region' | 'teams';
  /** The teams of a `teams` audience (empty for `region`). */
  readonly teamIds: readonly string[];
  /** Whether volunteers without a sign-up may check in on site. */
  readonly walkIns: boolean;
}

export const RECRUITMENT_APPROVALS = ['auto', 'manual'] as const;
export const RECRUITMENT_AUDIENCES = ['region', 'teams'] as const;
export const RECRUITMENT_MAX_QUOTA = 10_000;
export const RECRUITMENT_MAX_TEAMS = 50;
export const TEAM_ID_FORMAT = /^tm-[0-9a-f]{24}$/;

/** The fields of a recruitment that are malformed (shared by the decider and the HTTP layer). */
export function recruitmentProblems(value: Recruitment, field = 'recruitment'): InvalidField[] {
  const errors: InvalidField[] = [];
  if (typeof value.open !== 'boolean') errors.push({ field: `${field}.open`, message: 'must be a boolean' });
  if (!Number.isInteger(value.quota) || value.quota < 1 || value.quota > RECRUITMENT_MAX_QUOTA)
    errors.push({
      field: `${field}.quota`,
      message: `must be an integer from 1 to ${RECRUITMENT_MAX_QUOTA}`,
    });
  if (!isOffsetDateTime(value.signupDeadline) || Number.isNaN(instantMillis(value.signupDeadline)))
    errors.push({
      field: `${field}.signupDeadline`,
      message: 'must be an ISO-8601 date-time with offset, e.g. 2026-03-04T18:00:00+08:00',
    });
  if (!(RECRUITMENT_APPROVALS as readonly string[]).includes(value.approval))
    errors.push({ field: `${field}.approval`, message: 'must be auto or manual' });
  if (!(RECRUITMENT_AUDIENCES as readonly string[]).includes(value.audience))
    errors.push({ field: `${field}.audience`, message: 'must be region or teams' });
  const teamIds = value.teamIds ?? [];
  if (!Array.isArray(teamIds) || teamIds.some((id) => typeof id !== 'string' || !TEAM_ID_FORMAT.test(id)))
    errors.push({ field: `${field}.teamIds`, message: 'must be team ids such as tm-…' });
  else if (value.audience === 'teams' && (teamIds.length === 0 || teamIds.length > RECRUITMENT_MAX_TEAMS))
    errors.push({
      field: `${field}.teamIds`,
      message: `an audience of teams names 1 to ${RECRUITMENT_MAX_TEAMS} teams`,
    });
  else if (value.audience === 'region' && teamIds.length > 0)
    errors.push({ field: `${field}.teamIds`, message: 'only an audience of teams names teams' });
  if (typeof value.walkIns !== 'boolean')
    errors.push({ field: `${field}.walkIns`, message: 'must be a boolean' });
  return errors;
}

/** The recruitment as stored: teams deduplicated and sorted, none for a region audience. */
export function normalisedRecruitment(value: Recruitment, field = 'recruitment'): Recruitment {
  const errors = recruitmentProblems(value, field);
  if (errors.length) throw new ValidationFailed(errors);
  return {
    open: value.open,
    quota: value.quota,
    signupDeadline: value.signupDeadline,
    approval: value.approval,
    audience: value.audience,
    teamIds: value.audience === 'teams' ? [...new Set(value.teamIds)].sort() : [],
    walkIns: value.walkIns,
  };
}

/** Sign-up closes at the deadline or the start, whichever comes first (epoch ms). */
export const signupClosesAtMillis = (recruitment: Recruitment, startsAt: string): number =>
  Math.min(instantMillis(recruitment.signupDeadline), instantMillis(startsAt));
