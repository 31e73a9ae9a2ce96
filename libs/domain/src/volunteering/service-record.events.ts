import type { DomainEvent } from '../decider';

/**
 * Service records live in the volunteer's stream (`volunteer-<volunteerId>`), so that the overlap
 * rule and, later, every balance are decided on one stream. Pilot progress and other read models
 * consume these events: their shape is a contract.
 */
export type ServiceRecorded = DomainEvent<
  'ServiceRecorded',
  {
    recordId: string;
    volunteerId: string;
    activityId: string;
    /** Copied from the activity at recording time, for region scope and pilot figures. */
    projectId: string;
    pilotId: string | null;
    regionCode: string;
    /** ISO-8601 instants with offset; whole minutes between them (travel time excluded). */
    startedAt: string;
    endedAt: string;
    minutes: number;
    /** The business date (Asia/Shanghai) the service started on: YYYY-MM-DD. */
    serviceDate: string;
    content: string;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type ServiceConfirmed = DomainEvent<
  'ServiceConfirmed',
  {
    recordId: string;
    volunteerId: string;
    activityId: string;
    minutes: number;
    confirmedBy: string;
    confirmedAt: string;
  }
>;

export type ServiceRejected = DomainEvent<
  'ServiceRejected',
  {
    recordId: string;
    volunteerId: string;
    activityId: string;
    reason: string;
    rejectedBy: string;
    rejectedAt: string;
  }
>;

/** A void takes back a record; `minutes` and `wasConfirmed` say what it takes back. */
export type ServiceVoided = DomainEvent<
  'ServiceVoided',
  {
    recordId: string;
    volunteerId: string;
    activityId: string;
    minutes: number;
    wasConfirmed: boolean;
    reason: string;
    voidedBy: string;
    voidedAt: string;
  }
>;

/**
 * A correction names the original record, the new times and the reason. An administrator's
 * correction of a confirmed record takes effect at once (`status` stays `confirmed`); an
 * organiser's returns the record to `pending`.
 */
export type ServiceCorrected = DomainEvent<
  'ServiceCorrected',
  {
    recordId: string;
    volunteerId: string;
    activityId: string;
    startedAt: string;
    endedAt: string;
    minutes: number;
    previousMinutes: number;
    serviceDate: string;
    status: 'pending' | 'confirmed';
    /** True when the record was confirmed before this correction. */
    wasConfirmed: boolean;
    reason: string;
    correctedBy: string;
    correctedAt: string;
  }
>;

export type ServiceRecordEvent =
  ServiceRecorded | ServiceConfirmed | ServiceRejected | ServiceVoided | ServiceCorrected;

export const volunteerStream = (volunteerId: string): string => `volunteer-${volunteerId}`;
