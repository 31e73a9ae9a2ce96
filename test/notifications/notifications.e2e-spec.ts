import { ALL_PROJECTIONS } from '@ledger/projections';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { liveAndRebuiltReadModels } from '../support/read-model-rebuild';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from '../volunteering/support';

const NOTIFICATION_TABLES = ALL_PROJECTIONS.find((p) => p.name === 'notifications')!.tables;

describe('notifications: every account’s inbox, fed by the events', () => {
  const dataDir = temporaryDataDir();
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let self: HttpClient;
  let other: HttpClient;
  let volunteerId: string;
  let activityId: string;
  const person = { name: '欧阳通知', phone: '13900001111' };

  const record = async (start: string) => {
    const response = await organiser.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session(start, 90),
      content: '科普讲解',
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({}, dataDir);
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122', title: '社区科普讲座' })).activityId;
    volunteerId = (await registerVolunteer(organiser, person)).id;
    self = (await accountClient(t, admin, 'volunteer', '410122', { volunteerId })).client;
    const otherVolunteer = (await registerVolunteer(organiser)).id;
    other = (await accountClient(t, admin, 'volunteer', '410122', { volunteerId: otherVolunteer })).client;
  });
  afterAll(() => t.close());

  it('a confirmed and a rejected record reach the volunteer’s inbox in Chinese, newest first, unread counted', async () => {
    const confirmed = await record('09:00');
    const rejected = await record('14:00');
    expect((await countyAdmin.post(`/api/v1/service-records/${confirmed}/confirm`)).status).toBe(200);
    expect(
      (await countyAdmin.post(`/api/v1/service-records/${rejected}/reject`, { reason: '时间与签到不符' }))
        .status,
    ).toBe(200);

    const inbox = await self.get('/api/v1/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toEqual(expect.objectContaining({ total: 2, unread: 2, page: 1, pageSize: 20 }));
    expect(inbox.body.items).toEqual([
      {
        id: expect.stringMatching(/^ntf-/),
        at: expect.any(String),
        kind: 'record-rejected',
        title: '服务记录未通过审核',
        body: '2026年3月5日 的服务记录（90 分钟）未通过审核：时间与签到不符',
        link: `/service-records/${rejected}`,
        read: false,
      },
      {
        id: expect.stringMatching(/^ntf-/),
        at: expect.any(String),
        kind: 'record-confirmed',
        title: '服务记录已确认',
        body: '2026年3月5日 的服务记录（90 分钟）已确认，计入志愿服务时长。',
        link: `/service-records/${confirmed}`,
        read: false,
      },
    ]);
    // No personal data in any text.
    const text = JSON.stringify(inbox.body);
    expect(text).not.toContain(person.name);
    expect(text).not.toContain(person.phone);

    // Another volunteer and staff without the kinds see none of them.
    expect((await other.get('/api/v1/notifications')).body).toEqual(
      expect.objectContaining({ items: [], total: 0, unread: 0 }),
    );
    expect((await countyAdmin.get('/api/v1/notifications')).body.total).toBe(0);
  });

  it('read marks: one, then all; a foreign notification is 404; what arrives later is unread', async () => {
    const [newest, oldest] = (await self.get('/api/v1/notifications')).body.items;
    expectProblem(await other.post(`/api/v1/notifications/${oldest.id}/read`), 404, 'NOT_FOUND');
    expectProblem(await self.post('/api/v1/notifications/ntf-unknown/read'), 404, 'NOT_FOUND');
    expectProblem(
      await self.post(`/api/v1/notifications/${oldest.id}/read`, { extra: true }),
      400,
      'VALIDATION_FAILED',
    );

    const read = await self.post(`/api/v1/notifications/${oldest.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(expect.objectContaining({ id: oldest.id, read: true }));
    const unread = await self.get('/api/v1/notifications?unread=true');
    expect(unread.body).toEqual(expect.objectContaining({ total: 1, unread: 1 }));
    expect(unread.body.items.map((n: { id: string }) => n.id)).toEqual([newest.id]);
    // Marking it again records nothing more.
    const head = (await t.http.get('/health')).body.eventLog.position;
    expect((await self.post(`/api/v1/notifications/${oldest.id}/read`)).status).toBe(200);
    expect((await t.http.get('/health')).body.eventLog.position).toBe(head);

    const all = await self.post('/api/v1/notifications/read-all');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ unread: 0 });
    expect((await self.get('/api/v1/notifications?unread=true')).body).toEqual(
      expect.objectContaining({ items: [], total: 0, unread: 0 }),
    );
    expectProblem(await self.get('/api/v1/notifications?unread=yes'), 400, 'VALIDATION_FAILED');

    const later = await record('18:00');
    await countyAdmin.post(`/api/v1/service-records/${later}/void`, { reason: '重复登记' });
    const after = await self.get('/api/v1/notifications?unread=true');
    expect(after.body.unread).toBe(1);
    expect(after.body.items[0]).toEqual(
      expect.objectContaining({ kind: 'record-voided', title: '服务记录已作废', read: false }),
    );
    expect((await self.get('/api/v1/notifications')).body.total).toBe(3);
  });

  it('a rebuild from the log lands the same inboxes, read marks included', async () => {
    await t.close({ keepData: true });
    const { live, rebuilt } = await liveAndRebuiltReadModels(dataDir);
    const pick = (dump: Record<string, unknown>) =>
      Object.fromEntries(NOTIFICATION_TABLES.map((table) => [table, dump[table]]));
    expect(pick(rebuilt)).toEqual(pick(live));
    expect((pick(live).ntf_notifications as unknown[]).length).toBe(3);
    t = await startTestApp({}, dataDir);
  });
});
