import type { IdType, PersonalProfile, ServiceRecordState } from '@ledger/domain';
import type {
  CommendationRow,
  EvaluationRow,
  PointsFigures,
  ServiceRecordHistoryRow,
  ServiceRecordRow,
  TrainingRow,
} from '@ledger/projections';

/** What every response shows in place of a forgotten person's name (注销: deregistered). */
export const FORGOTTEN_NAME = '已注销';

/** A volunteer as the API shows it: masked ID and phone only, and nothing at all once forgotten. */
export interface VolunteerView {
  readonly id: string;
  readonly volunteerNo: string;
  readonly name: string;
  readonly idType: IdType | null;
  readonly idNumberMasked: string | null;
  readonly phoneMasked: string | null;
  readonly regionCode: string;
  /** `exited` after VolunteerExited until VolunteerRejoined; `forgotten` wins over both. */
  readonly status: 'active' | 'exited' | 'forgotten';
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly forgottenAt: string | null;
  /** When the volunteer ended its service; null while it serves. */
  readonly exitedAt: string | null;
}

export interface VolunteerFacts {
  readonly volunteerId: string;
  readonly volunteerNo: string;
  readonly regionCode: string;
  readonly status: 'active' | 'forgotten';
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly forgottenAt: string | null;
  readonly exitedAt?: string | null;
}

export function toVolunteerView(facts: VolunteerFacts, profile: PersonalProfile | null): VolunteerView {
  const shown = facts.status !== 'forgotten' ? profile : null;
  const exitedAt = facts.exitedAt ?? null;
  return {
    id: facts.volunteerId,
    volunteerNo: facts.volunteerNo,
    name: shown?.name ?? FORGOTTEN_NAME,
    idType: shown?.idType ?? null,
    idNumberMasked: shown?.idNumberMasked ?? null,
    phoneMasked: shown?.phoneMasked ?? null,
    regionCode: facts.regionCode,
    status: !shown ? 'forgotten' : exitedAt ? 'exited' : 'active',
    registeredAt: facts.registeredAt,
    registeredBy: facts.registeredBy,
    forgottenAt: facts.forgottenAt,
    exitedAt,
  };
}

export interface ServiceRecordHistoryEntry {
  readonly action: ServiceRecordHistoryRow['action'];
  readonly at: string;
  readonly by: string;
  readonly reason: string | null;
  /** The record as it stood after this change. */
  readonly status: ServiceRecordHistoryRow['status'];
  readonly minutes: number;
  readonly startedAt: string;
  readonly endedAt: string;
}

export interface ServiceRecordView {
  readonly id: string;
  readonly volunteerId: string;
  readonly activityId: string;
  readonly projectId: string;
  readonly pilotId: string | null;
  readonly regionCode: string;
  readonly status: ServiceRecordRow['status'];
  readonly minutes: number;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly serviceDate: string;
  readonly content: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly history: readonly ServiceRecordHistoryEntry[];
}

export const toHistoryEntry = (row: ServiceRecordHistoryRow): ServiceRecordHistoryEntry => ({
  action: row.action,
  at: row.at,
  by: row.by,
  reason: row.reason,
  status: row.status,
  minutes: row.minutes,
  startedAt: row.started_at,
  endedAt: row.ended_at,
});

export const serviceRecordViewOfRow = (
  row: ServiceRecordRow,
  history: readonly ServiceRecordHistoryRow[],
): ServiceRecordView => ({
  id: row.record_id,
  volunteerId: row.volunteer_id,
  activityId: row.activity_id,
  projectId: row.project_id,
  pilotId: row.pilot_id,
  regionCode: row.region_code,
  status: row.status,
  minutes: row.minutes,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  serviceDate: row.service_date,
  content: row.content,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
  history: history.map(toHistoryEntry),
});

/** The record as the stream decided it; the history comes from the read model. */
export const serviceRecordViewOfState = (
  volunteerId: string,
  record: ServiceRecordState,
  history: readonly ServiceRecordHistoryRow[],
): ServiceRecordView => ({
  id: record.recordId,
  volunteerId,
  activityId: record.activityId,
  projectId: record.projectId,
  pilotId: record.pilotId,
  regionCode: record.regionCode,
  status: record.status,
  minutes: record.minutes,
  startedAt: record.startedAt,
  endedAt: record.endedAt,
  serviceDate: record.serviceDate,
  content: record.content,
  recordedBy: record.recordedBy,
  recordedAt: record.recordedAt,
  history: history.map(toHistoryEntry),
});

export interface TrainingView {
  readonly id: string;
  readonly volunteerId: string;
  readonly course: string;
  readonly completedOn: string;
  readonly minutes: number;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export const toTrainingView = (row: TrainingRow): TrainingView => ({
  id: row.training_id,
  volunteerId: row.volunteer_id,
  course: row.course,
  completedOn: row.completed_on,
  minutes: row.minutes,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

export interface CommendationView {
  readonly id: string;
  readonly volunteerId: string;
  readonly title: string;
  readonly awardedBy: string;
  readonly awardedOn: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export const toCommendationView = (row: CommendationRow): CommendationView => ({
  id: row.commendation_id,
  volunteerId: row.volunteer_id,
  title: row.title,
  awardedBy: row.awarded_by,
  awardedOn: row.awarded_on,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

export interface EvaluationView {
  readonly id: string;
  readonly volunteerId: string;
  readonly period: string;
  readonly rating: string;
  /** Opened at query time; null when none was given or the volunteer was forgotten. */
  readonly comment: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export const toEvaluationView = (row: EvaluationRow, comment: string | null): EvaluationView => ({
  id: row.evaluation_id,
  volunteerId: row.volunteer_id,
  period: row.period,
  rating: row.rating,
  comment,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

export interface VolunteerSummaryView {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  /** Awarded by a certification round (a later feature); 0 until then. */
  readonly starLevel: number;
  readonly qualifiedStarLevel: number;
  /** earned − clawedBack − spent − expired − held = available, always. */
  readonly points: PointsFigures & {
    /** Available points by their last day, soonest first (at most three days). */
    readonly expiring: { readonly expiresOn: string; readonly points: number }[];
  };
  readonly timeBank: { readonly balanceMinutes: number };
}

export interface HistoryItemView {
  readonly at: string;
  readonly kind: 'hours' | 'points' | 'time-bank' | 'star';
  readonly delta: number;
  readonly balanceAfter: number;
  readonly reason: string;
  readonly source: { readonly type: string; readonly id: string };
}

export interface HistoryPageView {
  readonly items: readonly HistoryItemView[];
  readonly next?: string;
}
