import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '@ledger/application';
import { created, pilotBody, ZHONGMU } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';

/** Every byte the ledger keeps in its data dir, the key store included. */
const dataDirBytes = (dataDir: string): Buffer =>
  Buffer.concat(
    readdirSync(dataDir)
      .map((file) => join(dataDir, file))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path)),
  );

const NAME = '欧阳需求人';
const PHONE = '13987654321';
const needBody = (extra: object = {}) => ({
  title: '社区老人防诈骗科普',
  description: '希望为社区老人讲解防范电信诈骗',
  field: 'science-education',
  regionCode: ZHONGMU,
  requester: { name: NAME, phone: PHONE },
  consent: true,
  ...extra,
});

describe('the requester’s contact: sealed, erasable; public calls rate-limited apart from staff work', () => {
  const dataDir = temporaryDataDir();
  const clock = new ManualClock(new Date('2026-03-02T09:00:00+08:00'));
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_PUBLIC_RATE_LIMIT: '3' }, dataDir, clock);
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('keeps the contact only sealed, and forgetting leaves the counts and opens it nowhere again', async () => {
    const pilotId = created(await admin.post('/api/v1/pilots', pilotBody({ fundedOn: '2026-03-01' }))).id;
    const submitted = created(await t.http.post('/api/v1/public/needs', needBody()));
    const list = (await admin.get('/api/v1/needs')).body.items;
    const id = list.find((n: { trackingNo: string }) => n.trackingNo === submitted.trackingNo).id as string;
    const bytes = dataDirBytes(dataDir);
    for (const secret of [NAME, PHONE]) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    expect((await admin.get(`/api/v1/needs/${id}/contact`)).body).toMatchObject({ name: NAME, phone: PHONE });

    const forgotten = await admin.post(`/api/v1/needs/${id}/forget`, { reason: '本人要求删除联系方式' });
    expect(forgotten.status).toBe(200);
    expect(forgotten.body.requester).toEqual({ name: null, phone: null, organisation: null });
    expect(forgotten.body.timeline.map((s: { type: string }) => s.type)).toEqual([
      'NeedSubmitted',
      'NeedContactRead',
      'NeedRequesterForgotten',
    ]);
    expect((await admin.get(`/api/v1/needs/${id}/contact`)).body).toEqual({
      name: null,
      phone: null,
      organisation: null,
    });
    expect((await admin.post(`/api/v1/needs/${id}/forget`, { reason: '再次' })).status).toBe(200);
    expect((await admin.get(`/api/v1/pilots/${pilotId}/progress`)).body.needs.received).toBe(1);
    // The requester still follows the need.
    expect(
      (
        await t.http.get(`/api/v1/public/needs/${submitted.trackingNo}`, {
          'X-Need-Token': submitted.accessToken,
        })
      ).status,
    ).toBe(200);
  });

  it('a flood of public submissions from one address is refused (429) while staff work goes on', async () => {
    // The limit (3 a window) is spent by the first test's two public calls and this one.
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await t.http.post('/api/v1/public/needs', needBody()));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expectProblem(refused[0], 429, 'RATE_LIMITED');
    expect((await admin.post('/api/v1/needs', needBody({ title: '电话登记的需求' }))).status).toBe(201);
    expect((await admin.get('/api/v1/needs')).status).toBe(200);
  });
});
