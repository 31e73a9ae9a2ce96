import { InboxReminderSweep, ManualClock } from '@ledger/application';
import { ALL_PROJECTIONS } from '@ledger/projections';
import type { HttpClient } from '../support/http-client';
import { liveAndRebuiltReadModels } from '../support/read-model-rebuild';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { timeBankCounty } from '../time-bank/time-bank-helpers';
import { accountClient, headPosition } from '../volunteering/support';

const NOTIFICATION_TABLES = ALL_PROJECTIONS.find((p) => p.name === 'notifications')!.tables;

interface Notification {
  kind: string;
  title: string;
  body: string;
  link?: string;
  at: string;
}

const inboxOf = async (client: HttpClient, kind: string): Promise<Notification[]> => {
  const response = await client.get('/api/v1/notifications?pageSize=100');
  expect(response.status).toBe(200);
  return (response.body.items as Notification[]).filter((item) => item.kind === kind);
};

describe('reminders the clock raises: points expiring within 30 days, records pending over 3 days', () => {
  const dataDir = temporaryDataDir();
  const clock = new ManualClock(new Date('2026-04-01T02:00:00Z'));
  let t: TestApp;
  let county: Awaited<ReturnType<typeof timeBankCounty>>;
  let volunteer: string;
  let self: HttpClient;

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    county = await timeBankCounty(t);
    volunteer = await county.volunteer();
    // 60 minutes on 2026-03-02 (学雷锋 week, ×2): 20 points, spendable until 2028-12-31.
    await county.deposit(volunteer, 60);
    self = await county.selfOf(volunteer);
  });
  afterAll(() => t.close());

  const sweep = () => t.app.get(InboxReminderSweep).run();

  it('a record pending over 3 days reaches the county’s administrators once a day, not its organisers, not before', async () => {
    const other = await county.volunteer();
    const recorded = await county.organiser.post('/api/v1/service-records', {
      volunteerId: other,
      activityId: county.activity.activityId,
      startedAt: '2026-03-20T09:00:00+08:00',
      endedAt: '2026-03-20T10:30:00+08:00',
      content: '社区科普讲解',
    });
    expect(recorded.status).toBe(201);
    const luoyangAdmin = (await accountClient(t, county.admin, 'admin', '410300')).client;

    clock.set('2026-04-04T01:59:00Z'); // 2 minutes short of 3 days
    expect(await sweep()).toMatchObject({ due: 0, raised: 0, failed: 0 });
    expect(await inboxOf(county.countyAdmin, 'records-pending')).toEqual([]);

    clock.set('2026-04-05T02:00:00Z'); // 4 days
    expect(await sweep()).toMatchObject({ today: '2026-04-05', due: 1, raised: 1, failed: 0 });
    const position = await headPosition(t);
    expect(await sweep()).toMatchObject({ due: 1, raised: 0 });
    expect(await headPosition(t)).toBe(position);
    expect(await inboxOf(county.countyAdmin, 'records-pending')).toEqual([
      {
        id: expect.any(String),
        kind: 'records-pending',
        title: '服务记录待确认',
        body: '1 条服务记录待确认已超过 3 天，请及时审核。',
        link: '/service-records?status=pending',
        at: '2026-04-05T02:00:00.000Z',
        read: false,
      },
    ]);
    // The province's administrator is above the county; its organisers and other cities' staff are not told.
    expect(await inboxOf(county.admin, 'records-pending')).toHaveLength(1);
    expect(await inboxOf(county.organiser, 'records-pending')).toEqual([]);
    expect(await inboxOf(luoyangAdmin, 'records-pending')).toEqual([]);

    // Decided, it is no longer reminded of the next day.
    expect(
      (await county.admin.post(`/api/v1/service-records/${recorded.body.id}/reject`, { reason: '时间有误' }))
        .status,
    ).toBe(200);
    clock.set('2026-04-06T02:00:00Z');
    expect(await sweep()).toMatchObject({ due: 0, raised: 0 });
    expect(await inboxOf(county.countyAdmin, 'records-pending')).toHaveLength(1);
  });

  it('points expiring within 30 days reach the volunteer once, however often the sweep runs', async () => {
    clock.set('2028-11-30T02:00:00Z'); // 31 days before their last day
    await sweep();
    expect(await inboxOf(self, 'points-expiring')).toEqual([]);

    clock.set('2028-12-11T02:00:00Z'); // 20 days before
    expect(await sweep()).toMatchObject({ today: '2028-12-11', raised: 1, failed: 0 });
    clock.set('2028-12-11T08:00:00Z');
    expect(await sweep()).toMatchObject({ raised: 0, failed: 0 });
    expect(await inboxOf(self, 'points-expiring')).toEqual([
      expect.objectContaining({
        title: '积分即将到期',
        body: '您有 20 积分将于 2028年12月31日 到期，请在到期前使用。',
        link: `/volunteers/${volunteer}/summary`,
      }),
    ]);
    // Only the volunteer's own inbox holds it.
    expect(await inboxOf(county.countyAdmin, 'points-expiring')).toEqual([]);
  });

  it('a rebuild from the log lands the same reminders', async () => {
    await t.close({ keepData: true });
    const { live, rebuilt } = await liveAndRebuiltReadModels(dataDir);
    const pick = (dump: Record<string, unknown>) =>
      Object.fromEntries(NOTIFICATION_TABLES.map((table) => [table, dump[table]]));
    expect(pick(rebuilt)).toEqual(pick(live));
    const kinds = (pick(live).ntf_notifications as { kind: string }[]).map((row) => row.kind);
    expect(kinds.filter((kind) => kind === 'points-expiring')).toHaveLength(1);
    t = await startTestApp({}, dataDir, clock);
  });
});
