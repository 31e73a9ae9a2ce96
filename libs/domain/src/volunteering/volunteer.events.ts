import { type IncentiveEvent, INCENTIVE_EVENT_TYPES } from '../incentives/incentive.events';
import type { DomainEvent } from '../decider';
import type { SealedData } from './sealed-data';
import type { ServiceRecordEvent } from './service-record.events';

/**
 * A volunteer's stream (`volunteer-<volunteerId>`) holds the profile and every service record, so
 * that rules across records are decided on one stream. Personal data (name, ID type and number,
 * phone and their masked forms) is only ever inside `personalData`, sealed under the volunteer's key.
 */
export type VolunteerRegistered = DomainEvent<
  'VolunteerRegistered',
  {
    volunteerId: string;
    /** Human-readable and unique: `<region>-<year>-<sequence>`, e.g. `410100-2026-000123`. */
    volunteerNo: string;
    regionCode: string;
    personalData: SealedData;
    /** The person agreed to the processing of their personal information; always true. */
    consent: true;
    registeredBy: string;
    registeredAt: string;
  }
>;

/** The volunteer's key is destroyed with this event: their personal data is unreadable from then on. */
export type VolunteerForgotten = DomainEvent<
  'VolunteerForgotten',
  {
    volunteerId: string;
    reason: string;
    forgottenBy: string;
    forgottenAt: string;
  }
>;

/**
 * The volunteer ends its service (退出): by itself, or by an administrator of its region with a
 * reason. Hours, points, stars and certificates stay; nothing new is recorded until it rejoins.
 */
export type VolunteerExited = DomainEvent<
  'VolunteerExited',
  {
    volunteerId: string;
    /** Why; required when staff record the exit, may be null when the volunteer leaves by itself. */
    reason: string | null;
    exitedBy: string;
    exitedAt: string;
  }
>;

/** An exited volunteer serves again (by itself or by an administrator of its region). */
export type VolunteerRejoined = DomainEvent<
  'VolunteerRejoined',
  {
    volunteerId: string;
    rejoinedBy: string;
    rejoinedAt: string;
  }
>;

export type TrainingRecorded = DomainEvent<
  'TrainingRecorded',
  {
    volunteerId: string;
    trainingId: string;
    course: string;
    /** YYYY-MM-DD (Asia/Shanghai). */
    completedOn: string;
    minutes: number;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type CommendationRecorded = DomainEvent<
  'CommendationRecorded',
  {
    volunteerId: string;
    commendationId: string;
    title: string;
    /** The awarding body, as named on the award (e.g. 郑州市科协); not an account. */
    awardedBy: string;
    awardedOn: string;
    recordedBy: string;
    recordedAt: string;
  }
>;

export const EVALUATION_RATINGS = ['excellent', 'good', 'satisfactory', 'unsatisfactory'] as const;
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number];

export type EvaluationRecorded = DomainEvent<
  'EvaluationRecorded',
  {
    volunteerId: string;
    evaluationId: string;
    /** `2026`, `2026-H1`, `2026-Q3` or `2026-09`. */
    period: string;
    rating: EvaluationRating;
    /** Free text about a person is personal data: sealed like the profile, null when none was given. */
    comment: SealedData | null;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type VolunteerProfileEvent =
  | VolunteerRegistered
  | VolunteerForgotten
  | VolunteerExited
  | VolunteerRejoined
  | TrainingRecorded
  | CommendationRecorded
  | EvaluationRecorded;

/** Every event of a volunteer's stream. */
export type VolunteerEvent = VolunteerProfileEvent | ServiceRecordEvent | IncentiveEvent;

export const SERVICE_RECORD_EVENT_TYPES: readonly ServiceRecordEvent['type'][] = [
  'ServiceRecorded',
  'ServiceConfirmed',
  'ServiceRejected',
  'ServiceVoided',
  'ServiceCorrected',
];

export const VOLUNTEER_EVENT_TYPES: readonly VolunteerEvent['type'][] = [
  'VolunteerRegistered',
  'VolunteerForgotten',
  'VolunteerExited',
  'VolunteerRejoined',
  'TrainingRecorded',
  'CommendationRecorded',
  'EvaluationRecorded',
  ...SERVICE_RECORD_EVENT_TYPES,
  ...INCENTIVE_EVENT_TYPES,
];
