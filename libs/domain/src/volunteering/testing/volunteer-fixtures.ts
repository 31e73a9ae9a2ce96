import type { Actor, CommandMetadata } from '../../decider';
import type { ServiceRecorded } from '../service-record.events';
import type { SealedData } from '../sealed-data';
import type {
  ConfirmService,
  CorrectService,
  RecordService,
  RegisterVolunteer,
  RejectService,
  VoidService,
} from '../volunteer.commands';
import type { VolunteerRegistered } from '../volunteer.events';

/** Fixtures for the volunteer decider's specs: a Zhengzhou volunteer, organisers and admins. */
export const NOW = '2026-03-10T12:00:00.000+08:00';
export const organiser: Actor = { accountId: 'acc-organiser', role: 'organiser', regionCode: '410100' };
export const admin: Actor = { accountId: 'acc-admin', role: 'admin', regionCode: '410100' };
export const otherAdmin: Actor = { accountId: 'acc-admin-2', role: 'admin', regionCode: '410000' };

export const meta = (actor: Actor = organiser, now = NOW): CommandMetadata => ({
  commandId: 'cmd',
  now,
  actor,
});

export const SEALED: SealedData = {
  scheme: 'aes-256-gcm/v1',
  keyId: 'vol-1',
  iv: 'aXY',
  ciphertext: 'Y2lwaGVy',
  tag: 'dGFn',
};

/** A resident ID number with a valid check character (410105, born 1990-03-07). */
export const RESIDENT_ID = '41010519900307123X';

export const register = (
  data: Partial<RegisterVolunteer['data']> = {},
  actor = organiser,
): RegisterVolunteer => ({
  type: 'RegisterVolunteer',
  data: {
    volunteerId: 'vol-1',
    volunteerNo: '410100-2026-000001',
    regionCode: '410100',
    consent: true,
    person: { name: '张三', idType: 'resident-id', idNumber: RESIDENT_ID, phone: '13812345678' },
    sealedPerson: SEALED,
    ...data,
  },
  metadata: meta(actor),
});

export const registered = (data: Partial<VolunteerRegistered['data']> = {}): VolunteerRegistered => ({
  type: 'VolunteerRegistered',
  data: {
    volunteerId: 'vol-1',
    volunteerNo: '410100-2026-000001',
    regionCode: '410100',
    personalData: SEALED,
    consent: true,
    registeredBy: organiser.accountId,
    registeredAt: NOW,
    ...data,
  },
});

export const ACTIVITY = {
  activityId: 'act-1',
  projectId: 'prj-1',
  pilotId: 'plt-1',
  regionCode: '410122',
  startsAt: '2026-03-01T00:00:00+08:00',
  endsAt: '2026-03-31T23:59:00+08:00',
};

export const recordService = (
  data: Partial<RecordService['data']> = {},
  actor = organiser,
  now = NOW,
): RecordService => ({
  type: 'RecordService',
  data: {
    volunteerId: 'vol-1',
    recordId: 'rec-1',
    activity: ACTIVITY,
    startedAt: '2026-03-05T09:00:00+08:00',
    endedAt: '2026-03-05T11:30:00+08:00',
    content: '科普讲座',
    ...data,
  },
  metadata: meta(actor, now),
});

/** The event recordService() yields with the same inputs. */
export const recorded = (data: Partial<ServiceRecorded['data']> = {}): ServiceRecorded => ({
  type: 'ServiceRecorded',
  data: {
    recordId: 'rec-1',
    volunteerId: 'vol-1',
    activityId: 'act-1',
    projectId: 'prj-1',
    pilotId: 'plt-1',
    regionCode: '410122',
    startedAt: '2026-03-05T09:00:00+08:00',
    endedAt: '2026-03-05T11:30:00+08:00',
    minutes: 150,
    serviceDate: '2026-03-05',
    content: '科普讲座',
    recordedBy: organiser.accountId,
    recordedAt: NOW,
    ...data,
  },
});

export const confirm = (recordId = 'rec-1', actor = admin): ConfirmService => ({
  type: 'ConfirmService',
  data: { volunteerId: 'vol-1', recordId },
  metadata: meta(actor),
});

export const reject = (recordId = 'rec-1', actor = admin, reason = '时间不符'): RejectService => ({
  type: 'RejectService',
  data: { volunteerId: 'vol-1', recordId, reason },
  metadata: meta(actor),
});

export const voidRecord = (recordId = 'rec-1', actor = admin, reason = '重复记录'): VoidService => ({
  type: 'VoidService',
  data: { volunteerId: 'vol-1', recordId, reason },
  metadata: meta(actor),
});

export const correct = (
  data: Partial<CorrectService['data']> = {},
  actor: Actor = admin,
  now = NOW,
): CorrectService => ({
  type: 'CorrectService',
  data: {
    volunteerId: 'vol-1',
    recordId: 'rec-1',
    startedAt: '2026-03-05T09:00:00+08:00',
    endedAt: '2026-03-05T12:00:00+08:00',
    reason: '结束时间登记有误',
    ...data,
  },
  metadata: meta(actor, now),
});

export const confirmed = (recordId = 'rec-1', minutes = 150, by = admin.accountId) => ({
  type: 'ServiceConfirmed' as const,
  data: { recordId, volunteerId: 'vol-1', activityId: 'act-1', minutes, confirmedBy: by, confirmedAt: NOW },
});
