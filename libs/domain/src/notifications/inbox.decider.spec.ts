import type { Actor } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import { inboxDecider, type InboxCommand } from './inbox.decider';
import type { NotificationsRead } from './inbox.events';
import { type NotificationFacts, notificationsOf } from './notification-kinds';

const NOW = '2026-03-10T12:00:00.000+08:00';
const actor: Actor = { accountId: 'acc-1', role: 'volunteer', regionCode: '410122', volunteerId: 'vol-1' };
const meta = { commandId: 'cmd', now: NOW, actor };
const spec = DeciderSpecification.for(inboxDecider);

const mark = (...ids: string[]): InboxCommand => ({
  type: 'MarkNotificationsRead',
  data: { accountId: 'acc-1', notificationIds: ids },
  metadata: meta,
});
const markAll = (throughPosition: number): InboxCommand => ({
  type: 'MarkAllNotificationsRead',
  data: { accountId: 'acc-1', throughPosition },
  metadata: meta,
});
const read = (ids: string[], throughPosition: number | null = null): NotificationsRead => ({
  type: 'NotificationsRead',
  data: { accountId: 'acc-1', notificationIds: ids, throughPosition, readBy: 'acc-1', readAt: NOW },
});

describe('inbox read marks', () => {
  it('marks notifications read once; marking them again records nothing', () => {
    spec
      .given([])
      .when(mark('ntf-a', 'ntf-a', 'ntf-b'))
      .then([read(['ntf-a', 'ntf-b'])]);
    spec
      .given([read(['ntf-a'])])
      .when(mark('ntf-a', 'ntf-b'))
      .then([read(['ntf-b'])]);
    spec
      .given([read(['ntf-a'])])
      .when(mark('ntf-a'))
      .then([]);
  });

  it('"read all" marks through a log position, and never goes back', () => {
    spec
      .given([])
      .when(markAll(42))
      .then([read([], 42)]);
    spec
      .given([read([], 42)])
      .when(markAll(42))
      .then([]);
    spec
      .given([read([], 42)])
      .when(markAll(40))
      .then([]);
    spec
      .given([read([], 42)])
      .when(markAll(50))
      .then([read([], 50)]);
  });
});

describe('notification kinds', () => {
  const facts: NotificationFacts = {
    activity: (id) => (id === 'act-1' ? { title: '社区科普讲座', regionCode: '410122' } : undefined),
    record: (id) => (id === 'rec-1' ? { serviceDate: '2026-03-05', minutes: 90 } : undefined),
  };

  it('a confirmed record tells its volunteer, with the date and minutes', () => {
    expect(notificationsOf('ServiceConfirmed', { recordId: 'rec-1', volunteerId: 'vol-1' }, facts)).toEqual([
      {
        recipient: { volunteerId: 'vol-1' },
        kind: 'record-confirmed',
        title: '服务记录已确认',
        body: '2026年3月5日 的服务记录（90 分钟）已确认，计入志愿服务时长。',
        link: '/service-records/rec-1',
      },
    ]);
  });

  it('a pending sign-up tells the staff of the activity’s region; a promotion tells the volunteer', () => {
    expect(
      notificationsOf(
        'VolunteerSignedUp',
        { activityId: 'act-1', volunteerId: 'vol-1', status: 'pending' },
        facts,
      ),
    ).toEqual([
      expect.objectContaining({ recipient: { staffOfRegion: '410122' }, kind: 'signup-awaiting-approval' }),
    ]);
    expect(
      notificationsOf('SignupPromotedFromWaitlist', { activityId: 'act-1', volunteerId: 'vol-1' }, facts),
    ).toEqual([
      expect.objectContaining({
        recipient: { volunteerId: 'vol-1' },
        kind: 'waitlist-promoted',
        body: '「社区科普讲座」有名额空出，您已从候补名单递补为正式参加。',
      }),
    ]);
  });

  it('a star and a certificate tell their volunteer, in the console’s date format', () => {
    expect(notificationsOf('StarAwarded', { volunteerId: 'vol-1', level: 3 }, facts)).toEqual([
      expect.objectContaining({ kind: 'star-awarded', title: '星级认定', body: '您已被认定为3星级志愿者。' }),
    ]);
    expect(
      notificationsOf(
        'CertificateIssued',
        {
          volunteerId: 'vol-1',
          certificateId: 'crt-1',
          number: 'KX-410122-2026-000001',
          period: { from: '2026-01-01', to: '2026-06-30' },
        },
        facts,
      ),
    ).toEqual([
      {
        recipient: { volunteerId: 'vol-1' },
        kind: 'certificate-issued',
        title: '志愿服务记录证明已开具',
        body: '证明编号 KX-410122-2026-000001，服务期间 2026年1月1日 至 2026年6月30日。',
        link: '/certificates/crt-1',
      },
    ]);
  });

  it('a new need of the public tells its region’s administrators its title and field, never the requester', () => {
    const submitted = {
      needId: 'need-1',
      trackingNo: 'XQ-1',
      title: '社区老人防诈骗科普',
      description: '希望为社区老人讲解防范电信诈骗',
      field: 'science-education',
      regionCode: '410122',
      contact: { keyId: 'need:need-1', ciphertext: 'x' },
      organisation: '某村村民委员会',
      preferredFrom: null,
      preferredTo: null,
      accessTokenHash: 'h',
      channel: 'public',
      submittedBy: 'public',
      submittedAt: '2026-03-02T09:00:00+08:00',
    };
    const drafts = notificationsOf('NeedSubmitted', submitted, facts);
    expect(drafts).toEqual([
      {
        recipient: { adminsOfRegion: '410122' },
        kind: 'need-submitted',
        title: '新的群众需求：社区老人防诈骗科普',
        body: '科学教育领域的群众需求等待受理，请在 3 个工作日内处理。',
        link: '/admin/needs',
      },
    ]);
    expect(JSON.stringify(drafts)).not.toMatch(/村民委员会|防范电信诈骗/);
    expect(notificationsOf('NeedAccepted', { needId: 'need-1' }, facts)).toEqual([]);
  });

  it('events no kind reads leave nothing', () => {
    expect(notificationsOf('ServiceRecorded', { recordId: 'rec-1' }, facts)).toEqual([]);
  });
});
