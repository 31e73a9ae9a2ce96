import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import { isValidRegionCode } from '../regions/region-code';
import { personalDataProblems } from './personal-data';
import { businessDateOf, isCalendarDate } from '../time/business-time';
import {
  decideServiceRecord,
  type ServiceEventList,
  type ServiceRecordState,
  serviceRecordsFrom,
} from './service-record.rules';
import type { VolunteerCommand } from './volunteer.commands';
import type { VolunteerEvent } from './volunteer.events';
import { evaluationPeriodStart, requireVolunteeringText, TRAINING_MAX_MINUTES } from './volunteer-limits';
import type { ServiceRecordEvent } from './service-record.events';
import {
  type IncentiveEventList,
  type IncentiveLedger,
  incentiveLedgerFrom,
} from '../incentives/incentive-ledger';
import { creditsForService, earnPoints } from '../incentives/incentive.rules';
import { decideIncentive } from '../incentives/incentive.decisions';
import { CURRENT_POINTS_RULES } from '../incentives/points-rules';

export type VolunteerState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'forgotten';
      readonly volunteerId: string;
      readonly volunteerNo: string;
      readonly regionCode: string;
      /** Every service event so far; `serviceRecordsOf(state)` gives the records they leave. */
      readonly serviceEvents: ServiceEventList | null;
      /** Ids of trainings, commendations and evaluations already recorded. */
      readonly entries: ReadonlySet<string>;
      /** Points, time-bank and family events so far; `incentiveLedgerOf(state)` gives their balances. */
      readonly incentiveEvents: IncentiveEventList | null;
      /** When the volunteer ended its service (VolunteerExited); null while it serves. */
      readonly exitedAt?: string | null;
    };

export type RegisteredVolunteer = Exclude<VolunteerState, { status: 'none' }>;

/** A volunteer's points and time bank as their events left them. */
export const incentiveLedgerOf = (state: VolunteerState): IncentiveLedger =>
  incentiveLedgerFrom(state.status === 'none' ? null : state.incentiveEvents);

/**
 * The service events of one decision, each followed by what it does to points and time bank
 * (incentive.rules.ts), decided against the records and ledger as the events before it left them.
 */
function withCredits(
  state: RegisteredVolunteer,
  serviceEvents: ServiceRecordEvent[],
  now: string,
): VolunteerEvent[] {
  const out: VolunteerEvent[] = [];
  let current: RegisteredVolunteer = state;
  for (const event of serviceEvents) {
    current = volunteerDecider.evolve(current, event) as RegisteredVolunteer;
    out.push(event);
    const record = serviceRecordsOf(current).get(event.data.recordId);
    if (!record) continue;
    for (const credit of creditsForService(incentiveLedgerOf(current), event, record, now)) {
      current = volunteerDecider.evolve(current, credit) as RegisteredVolunteer;
      out.push(credit);
    }
  }
  return out;
}

/** A volunteer's service records as their events left them. */
export const serviceRecordsOf = (state: VolunteerState): ReadonlyMap<string, ServiceRecordState> =>
  state.status === 'none' ? new Map() : serviceRecordsFrom(state.serviceEvents);

const validation = (field: string, message: string): RuleViolation =>
  new RuleViolation('VALIDATION_FAILED', message, { errors: [{ field, message }] });

/** Trainings and awards happen on a day; that day cannot be after today. */
function requirePastDate(field: string, value: string, now: string): string {
  if (!isCalendarDate(value)) throw validation(field, `${field} must be a date YYYY-MM-DD`);
  if (value > businessDateOf(now)) {
    throw new RuleViolation('DATE_IN_FUTURE', `${field} ${value} is after today`, { field, value });
  }
  return value;
}

/** True when the volunteer has ended its service (退出) and not rejoined. */
export const isExited = (state: VolunteerState): boolean => state.status !== 'none' && state.exitedAt != null;

/**
 * New service (a record, a sign-up, a check-in) needs a volunteer who still serves: 404 for an
 * unknown id, 422 VOLUNTEER_FORGOTTEN after forgetting, 422 VOLUNTEER_EXITED after an exit.
 */
export function requireServingVolunteer(state: VolunteerState, volunteerId: string): RegisteredVolunteer {
  const volunteer = requireActiveVolunteer(state, volunteerId);
  if (isExited(volunteer)) {
    throw new RuleViolation('VOLUNTEER_EXITED', `volunteer ${volunteerId} has exited`, { volunteerId });
  }
  return volunteer;
}

/** New facts about a person need a person: none for an unknown id, none after they were forgotten. */
export function requireActiveVolunteer(state: VolunteerState, volunteerId: string): RegisteredVolunteer {
  if (state.status === 'none') throw new NotFound('volunteer', volunteerId);
  if (state.status === 'forgotten') {
    throw new RuleViolation('VOLUNTEER_FORGOTTEN', `volunteer ${volunteerId} has been forgotten`);
  }
  return state;
}

/**
 * One volunteer: registration with consent, forgetting, trainings, commendations, evaluations and
 * the service records (service-record.rules.ts), all decided on the volunteer's one stream.
 */
export const volunteerDecider: Decider<VolunteerState, VolunteerCommand, VolunteerEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'VolunteerRegistered':
        return {
          status: 'active',
          volunteerId: event.data.volunteerId,
          volunteerNo: event.data.volunteerNo,
          regionCode: event.data.regionCode,
          serviceEvents: null,
          entries: new Set(),
          incentiveEvents: null,
        };
      case 'VolunteerForgotten':
        return state.status === 'none' ? state : { ...state, status: 'forgotten' };
      case 'VolunteerExited':
        return state.status === 'none' ? state : { ...state, exitedAt: event.data.exitedAt };
      case 'VolunteerRejoined':
        return state.status === 'none' ? state : { ...state, exitedAt: null };
      case 'TrainingRecorded':
      case 'CommendationRecorded':
      case 'EvaluationRecorded': {
        if (state.status === 'none') return state;
        const id =
          event.type === 'TrainingRecorded'
            ? event.data.trainingId
            : event.type === 'CommendationRecorded'
              ? event.data.commendationId
              : event.data.evaluationId;
        return { ...state, entries: new Set(state.entries).add(id) };
      }
      case 'ServiceRecorded':
      case 'ServiceConfirmed':
      case 'ServiceRejected':
      case 'ServiceVoided':
      case 'ServiceCorrected':
        return state.status === 'none'
          ? state
          : { ...state, serviceEvents: { event, previous: state.serviceEvents } };
      case 'PointsEarned':
      case 'PointsClawedBack':
      case 'PointsExpired':
      case 'PointsHeld':
      case 'PointsHoldCaptured':
      case 'PointsHoldReleased':
      case 'TimeBankDeposited':
      case 'TimeBankAdjusted':
      case 'TimeBankWithdrawn':
      case 'TimeBankTransferredOut':
      case 'TimeBankTransferredIn':
      case 'FamilyMemberLinked':
      case 'StarAwarded':
      case 'StarRevoked':
        return state.status === 'none'
          ? state
          : { ...state, incentiveEvents: { event, previous: state.incentiveEvents } };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'RegisterVolunteer': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('volunteer', d.volunteerId);
        if (d.consent !== true) {
          throw validation('consent', 'a volunteer registers only with consent: true');
        }
        if (!isValidRegionCode(d.regionCode)) throw validation('regionCode', 'invalid region code');
        const problems = personalDataProblems(d.person, businessDateOf(now));
        if (problems.length) {
          throw new RuleViolation('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), {
            errors: problems,
          });
        }
        return [
          {
            type: 'VolunteerRegistered',
            data: {
              volunteerId: d.volunteerId,
              volunteerNo: d.volunteerNo,
              regionCode: d.regionCode,
              personalData: d.sealedPerson,
              consent: true,
              registeredBy: actor.accountId,
              registeredAt: now,
            },
          },
        ];
      }
      case 'ForgetVolunteer': {
        if (state.status === 'none') throw new NotFound('volunteer', command.data.volunteerId);
        // Forgetting twice forgets nothing more; the application still finishes destroying the key.
        if (state.status === 'forgotten') return [];
        return [
          {
            type: 'VolunteerForgotten',
            data: {
              volunteerId: state.volunteerId,
              reason: requireVolunteeringText('reason', command.data.reason),
              forgottenBy: actor.accountId,
              forgottenAt: now,
            },
          },
        ];
      }
      case 'ExitVolunteer': {
        const volunteer = requireActiveVolunteer(state, command.data.volunteerId);
        // Exiting twice records nothing more, like forgetting.
        if (isExited(volunteer)) return [];
        const given = command.data.reason;
        const leavingByItself = actor.role === 'volunteer' && actor.volunteerId === volunteer.volunteerId;
        const reason =
          given == null || (leavingByItself && given.trim() === '')
            ? null
            : requireVolunteeringText('reason', given);
        if (reason === null && !leavingByItself) {
          throw validation('reason', 'an exit recorded by staff needs a reason');
        }
        return [
          {
            type: 'VolunteerExited',
            data: { volunteerId: volunteer.volunteerId, reason, exitedBy: actor.accountId, exitedAt: now },
          },
        ];
      }
      case 'RejoinVolunteer': {
        const volunteer = requireActiveVolunteer(state, command.data.volunteerId);
        // A volunteer who serves has nothing to rejoin: nothing is recorded.
        if (!isExited(volunteer)) return [];
        return [
          {
            type: 'VolunteerRejoined',
            data: { volunteerId: volunteer.volunteerId, rejoinedBy: actor.accountId, rejoinedAt: now },
          },
        ];
      }
      case 'RecordTraining': {
        const d = command.data;
        const volunteer = requireActiveVolunteer(state, d.volunteerId);
        if (volunteer.entries.has(d.trainingId)) throw new AlreadyExists('training', d.trainingId);
        if (!Number.isInteger(d.minutes) || d.minutes < 1 || d.minutes > TRAINING_MAX_MINUTES) {
          throw validation('minutes', `minutes must be a whole number from 1 to ${TRAINING_MAX_MINUTES}`);
        }
        const completedOn = requirePastDate('completedOn', d.completedOn, now);
        return [
          {
            type: 'TrainingRecorded',
            data: {
              volunteerId: volunteer.volunteerId,
              trainingId: d.trainingId,
              course: requireVolunteeringText('course', d.course),
              completedOn,
              minutes: d.minutes,
              recordedBy: actor.accountId,
              recordedAt: now,
            },
          },
          // A completed training earns its bonus (PRODUCT.md "Service points").
          ...earnPoints(incentiveLedgerOf(volunteer), {
            volunteerId: volunteer.volunteerId,
            source: { type: 'training', id: d.trainingId },
            points: CURRENT_POINTS_RULES.bonuses.trainingCompleted,
            earnedOn: businessDateOf(now),
          }),
        ];
      }
      case 'RecordCommendation': {
        const d = command.data;
        const volunteer = requireActiveVolunteer(state, d.volunteerId);
        if (volunteer.entries.has(d.commendationId))
          throw new AlreadyExists('commendation', d.commendationId);
        return [
          {
            type: 'CommendationRecorded',
            data: {
              volunteerId: volunteer.volunteerId,
              commendationId: d.commendationId,
              title: requireVolunteeringText('title', d.title),
              awardedBy: requireVolunteeringText('awardedBy', d.awardedBy),
              awardedOn: requirePastDate('awardedOn', d.awardedOn, now),
              recordedBy: actor.accountId,
              recordedAt: now,
            },
          },
        ];
      }
      case 'RecordEvaluation': {
        const d = command.data;
        const volunteer = requireActiveVolunteer(state, d.volunteerId);
        if (volunteer.entries.has(d.evaluationId)) throw new AlreadyExists('evaluation', d.evaluationId);
        const periodStart = evaluationPeriodStart(d.period);
        if (!periodStart) throw validation('period', 'period must be YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM');
        if (periodStart > businessDateOf(now)) {
          throw new RuleViolation('DATE_IN_FUTURE', `the period ${d.period} has not begun`, {
            field: 'period',
            value: d.period,
          });
        }
        return [
          {
            type: 'EvaluationRecorded',
            data: {
              volunteerId: volunteer.volunteerId,
              evaluationId: d.evaluationId,
              period: d.period,
              rating: d.rating,
              comment: d.sealedComment,
              recordedBy: actor.accountId,
              recordedAt: now,
            },
          },
        ];
      }
      case 'RecordService': {
        // An exited volunteer keeps its records but serves no more until it rejoins.
        const volunteer = requireServingVolunteer(state, command.data.volunteerId);
        return decideServiceRecord(command, serviceRecordsOf(volunteer));
      }
      case 'ConfirmService':
      case 'RejectService':
      case 'VoidService':
      case 'CorrectService':
        // Records of a forgotten volunteer stay anonymous facts: they can still be confirmed or taken back.
        if (state.status === 'none') throw new NotFound('volunteer', command.data.volunteerId);
        return withCredits(state, decideServiceRecord(command, serviceRecordsOf(state)), now);
      case 'HoldPoints':
      case 'AwardStar':
      case 'WithdrawTimeBank':
      case 'LinkFamilyMember':
      case 'TransferTimeBankOut':
      case 'EarnBonus': {
        // New spending needs a person who is still here.
        const volunteer = requireActiveVolunteer(state, command.data.volunteerId);
        return decideIncentive(command, incentiveLedgerOf(volunteer), volunteer);
      }
      case 'CapturePointsHold':
      case 'ReleasePointsHold':
      case 'ExpirePoints':
      case 'ReceiveTimeBankTransfer':
      case 'RevokeStar':
        // Finishing what was started goes on after a volunteer is forgotten.
        if (state.status === 'none') throw new NotFound('volunteer', command.data.volunteerId);
        return decideIncentive(command, incentiveLedgerOf(state), state);
      default:
        return unreachable(command);
    }
  },
};
