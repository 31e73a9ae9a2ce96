import type { IncentiveCommand } from '../incentives/incentive.commands';
import type { Command } from '../decider';
import type { EvaluationRating } from './volunteer.events';
import type { PersonalDataInput } from './personal-data';
import type { SealedData } from './sealed-data';

export type RegisterVolunteer = Command<
  'RegisterVolunteer',
  {
    volunteerId: string;
    volunteerNo: string;
    regionCode: string;
    consent: boolean;
    /** The plaintext, for the rules only: it never reaches an event. */
    person: PersonalDataInput;
    /** The same person, sealed by the application under the volunteer's key. */
    sealedPerson: SealedData;
  }
>;

export type ForgetVolunteer = Command<'ForgetVolunteer', { volunteerId: string; reason: string }>;

/** `reason` is required when staff record the exit; a volunteer leaving by itself may give none. */
export type ExitVolunteer = Command<'ExitVolunteer', { volunteerId: string; reason?: string | null }>;

export type RejoinVolunteer = Command<'RejoinVolunteer', { volunteerId: string }>;

export type RecordTraining = Command<
  'RecordTraining',
  { volunteerId: string; trainingId: string; course: string; completedOn: string; minutes: number }
>;

export type RecordCommendation = Command<
  'RecordCommendation',
  { volunteerId: string; commendationId: string; title: string; awardedBy: string; awardedOn: string }
>;

export type RecordEvaluation = Command<
  'RecordEvaluation',
  {
    volunteerId: string;
    evaluationId: string;
    period: string;
    rating: EvaluationRating;
    sealedComment: SealedData | null;
  }
>;

/** What a service record copies from its activity (read from the activity's stream). */
export interface ActivityFacts {
  readonly activityId: string;
  readonly projectId: string;
  readonly pilotId: string | null;
  readonly regionCode: string;
  /** When the activity was held: a session recorded for it must overlap this window. */
  readonly startsAt: string;
  readonly endsAt: string;
}

export type RecordService = Command<
  'RecordService',
  {
    volunteerId: string;
    recordId: string;
    activity: ActivityFacts;
    startedAt: string;
    endedAt: string;
    content: string;
  }
>;

export type ConfirmService = Command<'ConfirmService', { volunteerId: string; recordId: string }>;

export type RejectService = Command<
  'RejectService',
  { volunteerId: string; recordId: string; reason: string }
>;

export type VoidService = Command<'VoidService', { volunteerId: string; recordId: string; reason: string }>;

export type CorrectService = Command<
  'CorrectService',
  { volunteerId: string; recordId: string; startedAt: string; endedAt: string; reason: string }
>;

export type ServiceRecordCommand =
  RecordService | ConfirmService | RejectService | VoidService | CorrectService;

export type VolunteerCommand =
  | IncentiveCommand
  | RegisterVolunteer
  | ForgetVolunteer
  | ExitVolunteer
  | RejoinVolunteer
  | RecordTraining
  | RecordCommendation
  | RecordEvaluation
  | ServiceRecordCommand;
