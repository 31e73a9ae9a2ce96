import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_STORE_FILE, ManualClock, VolunteerKeyStore } from '@ledger/application';
import { SqliteEventStore } from '@ledger/event-store';
import { ALL_PROJECTIONS, rebuildReadModels } from '@ledger/projections';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { accountClient, headPosition, residentId, scheduleActivity, session, volunteerBody } from './support';

/** Every byte the ledger keeps in its data dir except the key store: the log, the read models, their WAL files. */
const ledgerBytes = (dataDir: string): Buffer =>
  Buffer.concat(
    readdirSync(dataDir)
      .filter((file) => !file.startsWith('keys.sqlite'))
      .map((file) => join(dataDir, file))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path)),
  );

describe('forgetting a volunteer over real HTTP', () => {
  const dataDir = temporaryDataDir();
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let volunteerId: string;
  let pendingRecord: string;
  const person = { name: '欧阳测试', idNumber: residentId(), phone: '13987654321' };
  const secrets = [
    person.name,
    person.idNumber,
    person.phone,
    '139****4321',
    `${person.idNumber.slice(0, 4)}**`,
    '评语：讲解细致',
  ];
  const reads = ['/summary', '/history', '/service-records', '/trainings', '/commendations'];
  const snapshot = async (client: HttpClient) => {
    const out: Record<string, unknown> = {};
    for (const path of reads) out[path] = (await client.get(`/api/v1/volunteers/${volunteerId}${path}`)).body;
    return out;
  };
  let before: Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    const activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
    const registered = await organiser.post(
      '/api/v1/volunteers',
      volunteerBody({ ...person, regionCode: '410122' }),
    );
    expect(registered.status).toBe(201);
    volunteerId = registered.body.id;
    await organiser.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
      course: '讲解员培训',
      completedOn: '2026-03-01',
      minutes: 120,
    });
    await organiser.post(`/api/v1/volunteers/${volunteerId}/commendations`, {
      title: '优秀志愿者',
      awardedBy: '中牟县科协',
      awardedOn: '2026-01-10',
    });
    await organiser.post(`/api/v1/volunteers/${volunteerId}/evaluations`, {
      period: '2026-Q1',
      rating: 'excellent',
      comment: '评语：讲解细致',
    });
    for (const [start, minutes] of [
      ['09:00', 150],
      ['14:00', 90],
    ] as const) {
      const { id } = (
        await organiser.post('/api/v1/service-records', {
          volunteerId,
          activityId,
          ...session(start, minutes),
          content: '讲解',
        })
      ).body;
      await countyAdmin.post(`/api/v1/service-records/${id}/confirm`);
    }
    pendingRecord = (
      await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...session('18:00', 60),
        content: '讲解',
      })
    ).body.id;
    before = await snapshot(admin);
  });
  afterAll(() => t.close());

  it('the log and the read models never hold the personal data in the clear; the key store is owner-only', () => {
    const bytes = ledgerBytes(dataDir);
    for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    expect(statSync(join(dataDir, KEY_STORE_FILE)).mode & 0o777).toBe(0o600);
  });

  it('before forgetting, readers see the masked data and the evaluation comment', async () => {
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}`)).body).toMatchObject({
      name: '欧阳测试',
      phoneMasked: '139****4321',
      status: 'active',
    });
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}/evaluations`)).body.items[0].comment).toBe(
      '评语：讲解细致',
    );
  });

  it('only an administrator of the region forgets, and only with a reason', async () => {
    const outsider = (await accountClient(t, admin, 'admin', '410181')).client;
    const position = await headPosition(t);
    expectProblem(
      await organiser.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: '本人申请' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await outsider.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: '本人申请' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await countyAdmin.post(`/api/v1/volunteers/${volunteerId}/forget`, {}),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await countyAdmin.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: ' ' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await countyAdmin.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: 'r', erase: true }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await headPosition(t)).toBe(position);
  });

  it('forgetting destroys the key: the person is "已注销" everywhere, the totals stay', async () => {
    const forgotten = await countyAdmin.post(`/api/v1/volunteers/${volunteerId}/forget`, {
      reason: '本人申请注销',
    });
    expect(forgotten.status).toBe(200);
    expect(forgotten.body).toMatchObject({
      id: volunteerId,
      name: '已注销',
      idType: null,
      idNumberMasked: null,
      phoneMasked: null,
      status: 'forgotten',
      forgottenAt: '2026-03-10T04:00:00.000Z',
    });
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}`)).body).toEqual(forgotten.body);
    expect(t.app.get(VolunteerKeyStore).findKey(volunteerId)).toBeUndefined();
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}/evaluations`)).body.items[0]).toMatchObject({
      rating: 'excellent',
      comment: null,
    });
    expect(await snapshot(admin)).toEqual(before);
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body).toMatchObject({
      confirmedMinutes: 240,
    });
  });

  it('forgetting again writes nothing; nothing new is recorded about a forgotten person, but existing records can still be confirmed', async () => {
    const position = await headPosition(t);
    expect(
      (await countyAdmin.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: 'again' })).status,
    ).toBe(200);
    expect(await headPosition(t)).toBe(position);
    expectProblem(
      await organiser.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
        course: 'c',
        completedOn: '2026-03-01',
        minutes: 30,
      }),
      422,
      'VOLUNTEER_FORGOTTEN',
    );
    expectProblem(
      await organiser.post(`/api/v1/volunteers/${volunteerId}/evaluations`, {
        period: '2026',
        rating: 'good',
        comment: 'x',
      }),
      422,
      'VOLUNTEER_FORGOTTEN',
    );
    const activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
    expectProblem(
      await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...session('20:00', 30),
        content: 'x',
      }),
      422,
      'VOLUNTEER_FORGOTTEN',
    );
    expect((await countyAdmin.post(`/api/v1/service-records/${pendingRecord}/confirm`)).body.status).toBe(
      'confirmed',
    );
    before = await snapshot(admin);
  });

  it('the same person may register again, as a new volunteer', async () => {
    const again = await organiser.post(
      '/api/v1/volunteers',
      volunteerBody({ ...person, regionCode: '410122' }),
    );
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(volunteerId);
    expect(again.body.name).toBe('欧阳测试');
  });

  it('after a rebuild of every read model from the log, the same: forgotten, same totals and history', async () => {
    const forgottenView = (await admin.get(`/api/v1/volunteers/${volunteerId}`)).body;
    await t.close({ keepData: true });
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    await rebuildReadModels(store, join(dataDir, 'readmodels.sqlite'), ALL_PROJECTIONS);
    await store.close();
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}`)).body).toEqual(forgottenView);
    expect(await snapshot(admin)).toEqual(before);
    const bytes = ledgerBytes(dataDir);
    for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
  });
});
