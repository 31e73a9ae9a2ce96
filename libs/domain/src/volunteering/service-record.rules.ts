import { unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import type { ServiceRecordEvent } from './service-record.events';
import { serviceSession, sessionsOverlap } from './service-session';
import type { ServiceRecordCommand } from './volunteer.commands';
import { requireVolunteeringText } from './volunteer-limits';

export type ServiceRecordStatus = 'pending' | 'confirmed' | 'rejected' | 'voided';

export interface ServiceRecordState {
  readonly recordId: string;
  readonly activityId: string;
  readonly projectId: string;
  readonly pilotId: string | null;
  readonly regionCode: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly minutes: number;
  readonly serviceDate: string;
  readonly content: string;
  readonly status: ServiceRecordStatus;
  readonly recordedBy: string;
  readonly recordedAt: string;
  /** Who set the current times by a correction, if anyone did. */
  readonly correctedBy: string | null;
}

type Records = ReadonlyMap<string, ServiceRecordState>;

/** Applies one event to a map being built (only ever a fresh map owned by the caller). */
export function applyServiceRecordEvent(
  records: Map<string, ServiceRecordState>,
  event: ServiceRecordEvent,
): void {
  const current = records.get(event.data.recordId);
  switch (event.type) {
    case 'ServiceRecorded':
      records.set(event.data.recordId, {
        recordId: event.data.recordId,
        activityId: event.data.activityId,
        projectId: event.data.projectId,
        pilotId: event.data.pilotId,
        regionCode: event.data.regionCode,
        startedAt: event.data.startedAt,
        endedAt: event.data.endedAt,
        minutes: event.data.minutes,
        serviceDate: event.data.serviceDate,
        content: event.data.content,
        status: 'pending',
        recordedBy: event.data.recordedBy,
        recordedAt: event.data.recordedAt,
        correctedBy: null,
      });
      return;
    case 'ServiceConfirmed':
      if (current) records.set(current.recordId, { ...current, status: 'confirmed' });
      return;
    case 'ServiceRejected':
      if (current) records.set(current.recordId, { ...current, status: 'rejected' });
      return;
    case 'ServiceVoided':
      if (current) records.set(current.recordId, { ...current, status: 'voided' });
      return;
    case 'ServiceCorrected':
      if (current) {
        records.set(current.recordId, {
          ...current,
          startedAt: event.data.startedAt,
          endedAt: event.data.endedAt,
          minutes: event.data.minutes,
          serviceDate: event.data.serviceDate,
          status: event.data.status,
          correctedBy: event.data.correctedBy,
        });
      }
      return;
    default:
      return unreachable(event);
  }
}

/**
 * A volunteer's service events as a persistent list, newest first: `evolve` adds one in O(1)
 * without copying, and the records are built from it when a decision needs them.
 */
export interface ServiceEventList {
  readonly event: ServiceRecordEvent;
  readonly previous: ServiceEventList | null;
}

const built = new WeakMap<ServiceEventList, Records>();
const NO_RECORDS: Records = new Map();

/** The records a list of service events leaves, built once per list (and reused by longer lists). */
export function serviceRecordsFrom(list: ServiceEventList | null): Records {
  if (!list) return NO_RECORDS;
  const known = built.get(list);
  if (known) return known;
  const newer: ServiceRecordEvent[] = [];
  let base: Records = NO_RECORDS;
  for (let node: ServiceEventList | null = list; node; node = node.previous) {
    const cached = built.get(node);
    if (cached) {
      base = cached;
      break;
    }
    newer.push(node.event);
  }
  const records = new Map(base);
  for (let i = newer.length - 1; i >= 0; i--) applyServiceRecordEvent(records, newer[i]);
  built.set(list, records);
  return records;
}

function findRecord(records: Records, recordId: string): ServiceRecordState {
  const record = records.get(recordId);
  if (!record) throw new NotFound('service record', recordId);
  return record;
}

/** Voided and rejected records are closed: a new record is the way to go on. */
function requireOpen(record: ServiceRecordState): void {
  if (record.status === 'voided')
    throw new RuleViolation('RECORD_ALREADY_VOIDED', `service record ${record.recordId} is voided`);
  if (record.status === 'rejected')
    throw new RuleViolation('RECORD_REJECTED', `service record ${record.recordId} was rejected`);
}

function requirePending(record: ServiceRecordState): void {
  if (record.status !== 'pending') {
    throw new RuleViolation('RECORD_NOT_PENDING', `service record ${record.recordId} is ${record.status}`, {
      status: record.status,
    });
  }
}

/** One volunteer cannot have overlapping confirmed sessions. */
function requireNoConfirmedOverlap(
  records: Records,
  recordId: string,
  session: { startedAt: string; endedAt: string },
): void {
  for (const other of records.values()) {
    if (other.recordId !== recordId && other.status === 'confirmed' && sessionsOverlap(other, session)) {
      throw new RuleViolation(
        'OVERLAPPING_SERVICE',
        `the session overlaps the confirmed service record ${other.recordId}`,
        { overlapsRecordId: other.recordId, startedAt: other.startedAt, endedAt: other.endedAt },
      );
    }
  }
}

/**
 * Whoever set a record's times (its recorder, or the author of the latest correction) cannot also
 * vouch for them: confirmation needs a second person.
 */
const authoredBy = (record: ServiceRecordState, accountId: string): boolean =>
  record.recordedBy === accountId || record.correctedBy === accountId;

/** The rules of service records (PRODUCT.md "Service records"), decided on the volunteer's records. */
export function decideServiceRecord(command: ServiceRecordCommand, records: Records): ServiceRecordEvent[] {
  const { now, actor } = command.metadata;
  const { volunteerId } = command.data;
  switch (command.type) {
    case 'RecordService': {
      const d = command.data;
      if (records.has(d.recordId)) throw new AlreadyExists('service record', d.recordId);
      const session = serviceSession(d.startedAt, d.endedAt, now);
      // Hours are served at an activity: a session that does not touch the activity's time was not.
      if (!sessionsOverlap(session, { startedAt: d.activity.startsAt, endedAt: d.activity.endsAt })) {
        throw new RuleViolation(
          'OUTSIDE_ACTIVITY_TIME',
          `the session does not overlap the activity (${d.activity.startsAt} to ${d.activity.endsAt})`,
        );
      }
      return [
        {
          type: 'ServiceRecorded',
          data: {
            recordId: d.recordId,
            volunteerId,
            activityId: d.activity.activityId,
            projectId: d.activity.projectId,
            pilotId: d.activity.pilotId,
            regionCode: d.activity.regionCode,
            startedAt: session.startedAt,
            endedAt: session.endedAt,
            minutes: session.minutes,
            serviceDate: session.serviceDate,
            content: requireVolunteeringText('content', d.content),
            recordedBy: actor.accountId,
            recordedAt: now,
          },
        },
      ];
    }
    case 'ConfirmService': {
      const record = findRecord(records, command.data.recordId);
      requirePending(record);
      if (authoredBy(record, actor.accountId)) {
        throw new RuleViolation(
          'SELF_CONFIRMATION',
          'a record is confirmed by an administrator other than the one who recorded or corrected it',
        );
      }
      requireNoConfirmedOverlap(records, record.recordId, record);
      return [
        {
          type: 'ServiceConfirmed',
          data: {
            recordId: record.recordId,
            volunteerId,
            activityId: record.activityId,
            minutes: record.minutes,
            confirmedBy: actor.accountId,
            confirmedAt: now,
          },
        },
      ];
    }
    case 'RejectService': {
      const record = findRecord(records, command.data.recordId);
      requirePending(record);
      return [
        {
          type: 'ServiceRejected',
          data: {
            recordId: record.recordId,
            volunteerId,
            activityId: record.activityId,
            reason: requireVolunteeringText('reason', command.data.reason),
            rejectedBy: actor.accountId,
            rejectedAt: now,
          },
        },
      ];
    }
    case 'VoidService': {
      const record = findRecord(records, command.data.recordId);
      requireOpen(record);
      return [
        {
          type: 'ServiceVoided',
          data: {
            recordId: record.recordId,
            volunteerId,
            activityId: record.activityId,
            minutes: record.minutes,
            wasConfirmed: record.status === 'confirmed',
            reason: requireVolunteeringText('reason', command.data.reason),
            voidedBy: actor.accountId,
            voidedAt: now,
          },
        },
      ];
    }
    case 'CorrectService': {
      const d = command.data;
      const record = findRecord(records, d.recordId);
      requireOpen(record);
      const reason = requireVolunteeringText('reason', d.reason);
      const session = serviceSession(d.startedAt, d.endedAt, now);
      if (session.startedAt === record.startedAt && session.endedAt === record.endedAt) {
        throw new RuleViolation('CORRECTION_CHANGES_NOTHING', 'the record already has these times');
      }
      const wasConfirmed = record.status === 'confirmed';
      // An administrator's correction of a confirmed record stands at once, unless that
      // administrator recorded it: then, like an organiser's, it waits for a second person.
      const staysConfirmed = wasConfirmed && actor.role === 'admin' && record.recordedBy !== actor.accountId;
      if (staysConfirmed) requireNoConfirmedOverlap(records, record.recordId, session);
      return [
        {
          type: 'ServiceCorrected',
          data: {
            recordId: record.recordId,
            volunteerId,
            activityId: record.activityId,
            startedAt: session.startedAt,
            endedAt: session.endedAt,
            minutes: session.minutes,
            previousMinutes: record.minutes,
            serviceDate: session.serviceDate,
            status: staysConfirmed ? 'confirmed' : 'pending',
            wasConfirmed,
            reason,
            correctedBy: actor.accountId,
            correctedAt: now,
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}
