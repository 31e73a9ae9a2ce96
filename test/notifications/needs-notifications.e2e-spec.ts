import { InboxReminderSweep, ManualClock } from '@ledger/application';
import { created, pilotBody, XINZHENG, ZHONGMU } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { accountClient, headPosition } from '../volunteering/support';

interface Notification {
  kind: string;
  title: string;
  body: string;
  link?: string;
}

const NAME = '欧阳需求人';
const PHONE = '13987654321';
const ORGANISATION = '某村村民委员会';
const needBody = (extra: object = {}) => ({
  title: '社区老人防诈骗科普',
  description: '希望为社区老人讲解防范电信诈骗',
  field: 'science-education',
  regionCode: ZHONGMU,
  requester: { name: NAME, phone: PHONE, organisation: ORGANISATION },
  consent: true,
  ...extra,
});

const inboxOf = async (client: HttpClient, kind: string): Promise<Notification[]> => {
  const response = await client.get('/api/v1/notifications?pageSize=100');
  expect(response.status).toBe(200);
  return (response.body.items as Notification[]).filter((item) => item.kind === kind);
};

describe('needs of the public in the administrators’ inbox: new needs, needs overdue', () => {
  const dataDir = temporaryDataDir();
  // Monday 2026-03-02, a working day: 3 working days run through Thursday 2026-03-05.
  const clock = new ManualClock(new Date('2026-03-02T09:00:00+08:00'));
  let t: TestApp;
  let admin: HttpClient;
  let zhongmuAdmin: HttpClient;
  let xinzhengAdmin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    created(await admin.post('/api/v1/pilots', pilotBody({ fundedOn: '2026-03-01' })));
    zhongmuAdmin = (await accountClient(t, admin, 'admin', ZHONGMU)).client;
    xinzhengAdmin = (await accountClient(t, admin, 'admin', XINZHENG)).client;
  });
  afterAll(() => t.close());

  const sweep = () => t.app.get(InboxReminderSweep).run();

  it('a public submission reaches its county’s administrators (not another county’s), without personal data', async () => {
    expect((await t.http.post('/api/v1/public/needs', needBody())).status).toBe(201);
    const inbox = await inboxOf(zhongmuAdmin, 'need-submitted');
    expect(inbox).toEqual([
      expect.objectContaining({
        kind: 'need-submitted',
        title: '新的群众需求：社区老人防诈骗科普',
        body: '科学教育领域的群众需求等待受理，请在 3 个工作日内处理。',
        link: '/admin/needs',
      }),
    ]);
    for (const secret of [NAME, PHONE, ORGANISATION]) expect(JSON.stringify(inbox)).not.toContain(secret);
    expect(await inboxOf(admin, 'need-submitted')).toHaveLength(1); // the province is above the county
    expect(await inboxOf(xinzhengAdmin, 'need-submitted')).toEqual([]);
  });

  it('after 3 working days without acceptance, one digest a day, however often the sweep runs', async () => {
    clock.set('2026-03-05T18:00:00+08:00'); // the third working day: not yet overdue
    await sweep();
    expect(await inboxOf(zhongmuAdmin, 'needs-overdue')).toEqual([]);

    clock.set('2026-03-06T09:00:00+08:00');
    expect(await sweep()).toMatchObject({ today: '2026-03-06', raised: 1, failed: 0 });
    const position = await headPosition(t);
    expect(await sweep()).toMatchObject({ raised: 0, failed: 0 });
    expect(await headPosition(t)).toBe(position);
    expect(await inboxOf(zhongmuAdmin, 'needs-overdue')).toEqual([
      expect.objectContaining({
        kind: 'needs-overdue',
        title: '群众需求超期未处理',
        body: '1 条群众需求已超过 3 个工作日未处理',
        link: '/admin/needs',
      }),
    ]);
    expect(await inboxOf(xinzhengAdmin, 'needs-overdue')).toEqual([]);
  });
});
