import type { Actor } from '../decider';
import { SYSTEM_ACTOR } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import {
  type InboxReminderRaised,
  inboxReminderDecider,
  pointsExpiringReminder,
  pointsExpiryNoticeWindow,
  type RaiseInboxReminder,
  recordPendingCutoff,
  needsOverdueReminder,
  recordsPendingReminder,
  type ReminderDraft,
  reminderStream,
} from './inbox-reminders';
import { notificationsOf } from './notification-kinds';

const NOW = '2028-12-11T10:00:00.000+08:00';
const actor: Actor = SYSTEM_ACTOR;
const spec = DeciderSpecification.for(inboxReminderDecider);

const raise = (data: ReminderDraft): RaiseInboxReminder => ({
  type: 'RaiseInboxReminder',
  data,
  metadata: { commandId: 'cmd', now: NOW, actor },
});
const raised = (data: ReminderDraft): InboxReminderRaised => ({
  type: 'InboxReminderRaised',
  data: { ...data, raisedAt: NOW, raisedBy: 'system' },
});

describe('inbox reminders', () => {
  const expiring = pointsExpiringReminder('vol-1', '2028-12-31', 40);

  it('raises a reminder once per kind and key; raising it again records nothing', () => {
    spec
      .given([])
      .when(raise(expiring))
      .then([raised(expiring)]);
    spec
      .given([raised(expiring)])
      .when(raise(expiring))
      .then([]);
    // Fewer points left on the same last day: still the same reminder.
    spec
      .given([raised(expiring)])
      .when(raise(pointsExpiringReminder('vol-1', '2028-12-31', 25)))
      .then([]);
    const nextYear = pointsExpiringReminder('vol-1', '2029-12-31', 20);
    spec
      .given([raised(expiring)])
      .when(raise(nextYear))
      .then([raised(nextYear)]);
  });

  it('a daily digest of records pending over 3 days is one reminder a day', () => {
    const monday = recordsPendingReminder('410122', '2026-11-23', 3);
    const tuesday = recordsPendingReminder('410122', '2026-11-24', 2);
    spec
      .given([raised(monday)])
      .when(raise(recordsPendingReminder('410122', '2026-11-23', 4)))
      .then([]);
    spec
      .given([raised(monday)])
      .when(raise(tuesday))
      .then([raised(tuesday)]);
  });

  it('a daily digest of needs overdue is one reminder a day per region, to its administrators', () => {
    const monday = needsOverdueReminder('410122', '2026-11-23', 2);
    expect(monday).toEqual({
      recipient: { adminsOfRegion: '410122' },
      kind: 'needs-overdue',
      key: '2026-11-23',
      title: '群众需求超期未处理',
      body: '2 条群众需求已超过 3 个工作日未处理',
      link: '/admin/needs',
    });
    expect(reminderStream(monday.recipient)).toBe('reminders-admins-410122');
    spec
      .given([raised(monday)])
      .when(raise(needsOverdueReminder('410122', '2026-11-23', 3)))
      .then([]);
    const tuesday = needsOverdueReminder('410122', '2026-11-24', 1);
    spec
      .given([raised(monday), raised(recordsPendingReminder('410122', '2026-11-24', 1))])
      .when(raise(tuesday))
      .then([raised(tuesday)]);
    expect(
      notificationsOf('InboxReminderRaised', raised(monday).data, {
        activity: () => undefined,
        record: () => undefined,
      }),
    ).toEqual([
      {
        recipient: { adminsOfRegion: '410122' },
        kind: 'needs-overdue',
        title: '群众需求超期未处理',
        body: '2 条群众需求已超过 3 个工作日未处理',
        link: '/admin/needs',
      },
    ]);
  });

  it('speaks Chinese, names only the recipient’s own facts, and reaches the right inbox', () => {
    expect(expiring).toEqual({
      recipient: { volunteerId: 'vol-1' },
      kind: 'points-expiring',
      key: '2028-12-31',
      title: '积分即将到期',
      body: '您有 40 积分将于 2028年12月31日 到期，请在到期前使用。',
      link: '/volunteers/vol-1/summary',
    });
    const digest = recordsPendingReminder('410122', '2026-11-23', 3);
    expect(digest).toMatchObject({
      recipient: { adminsOfRegion: '410122' },
      kind: 'records-pending',
      body: '3 条服务记录待确认已超过 3 天，请及时审核。',
    });
    expect(reminderStream(expiring.recipient)).toBe('reminders-volunteer-vol-1');
    expect(reminderStream(digest.recipient)).toBe('reminders-admins-410122');
    expect(
      notificationsOf('InboxReminderRaised', raised(digest).data, {
        activity: () => undefined,
        record: () => undefined,
      }),
    ).toEqual([
      {
        recipient: { adminsOfRegion: '410122' },
        kind: 'records-pending',
        title: '服务记录待确认',
        body: '3 条服务记录待确认已超过 3 天，请及时审核。',
        link: '/service-records?status=pending',
      },
    ]);
  });

  it('"within 30 days" counts the last day in business dates; "over 3 days" is 72 hours', () => {
    expect(pointsExpiryNoticeWindow('2028-12-11')).toEqual({ from: '2028-12-11', through: '2029-01-10' });
    expect(pointsExpiryNoticeWindow('2028-02-15')).toEqual({ from: '2028-02-15', through: '2028-03-16' });
    expect(recordPendingCutoff(Date.parse('2026-11-18T10:00:00+08:00'))).toBe(
      Date.parse('2026-11-15T10:00:00+08:00'),
    );
  });
});
