import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const account = (username: string, role: string, regionCode: string, extra: object = {}) => ({
  username,
  password: `${username}-password`,
  role,
  regionCode,
  ...extra,
});

describe('accounts and access over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
  });
  afterAll(() => t.close());

  const headPosition = async (): Promise<number> => (await t.http.get('/health')).body.eventLog.position;

  it('creates the first administrator on first start, in LEDGER_ADMIN_REGION', async () => {
    const token = (
      await t.http.post('/api/v1/auth/token', { username: 'admin', password: 'admin-password-1' })
    ).body;
    const sub = JSON.parse(Buffer.from(token.accessToken.split('.')[1], 'base64url').toString()).sub;
    const me = await admin.get(`/api/v1/accounts/${sub}`);
    expect(me.body).toMatchObject({
      username: 'admin',
      role: 'admin',
      regionCode: '410000',
      status: 'active',
    });
  });

  it('an administrator creates an account in its region: 201 with id, ETag and Location; the account signs in at once', async () => {
    const response = await admin.post('/api/v1/accounts', account('zz.organiser', 'organiser', '410100'));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^acc-/),
      username: 'zz.organiser',
      role: 'organiser',
      regionCode: '410100',
      partnerId: null,
      volunteerId: null,
      status: 'active',
      registeredAt: expect.any(String),
      mustChangePassword: false,
    });
    expect(response.body).not.toHaveProperty('password');
    expect(response.body).not.toHaveProperty('passwordHash');
    expect(response.headers.get('etag')).toBe('"0"');
    expect(response.headers.get('location')).toBe(`/api/v1/accounts/${response.body.id}`);
    // Read-your-writes: the sign-in reads the accounts read model right after the write returned.
    await t.http.signIn('zz.organiser', 'zz.organiser-password');
  });

  it('a duplicate username (in any case) is 409 CONFLICT and writes nothing', async () => {
    await admin.post('/api/v1/accounts', account('dup.user', 'auditor', '410000'));
    const before = await headPosition();
    expectProblem(
      await admin.post('/api/v1/accounts', account('DUP.user', 'auditor', '410000')),
      409,
      'CONFLICT',
    );
    expect(await headPosition()).toBe(before);
  });

  it('the same Idempotency-Key returns the same account and writes once', async () => {
    const body = account('idem.user', 'organiser', '410100');
    const first = await admin.post('/api/v1/accounts', body, { 'idempotency-key': 'create-idem-user-1' });
    const position = await headPosition();
    const again = await admin.post('/api/v1/accounts', body, { 'idempotency-key': 'create-idem-user-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await headPosition()).toBe(position);
  });

  it('invalid input is 400 with every bad field named, and writes nothing', async () => {
    const before = await headPosition();
    const cases: Array<[object, string[]]> = [
      [{}, ['username', 'password', 'role', 'regionCode']],
      [{ ...account('ok.name', 'organiser', '410100'), role: 'boss' }, ['role']],
      [{ ...account('ok.name', 'organiser', '410100'), regionCode: '999999' }, ['regionCode']],
      [{ ...account('ok.name', 'organiser', '410100'), regionCode: 410100 }, ['regionCode']],
      [{ ...account('ok.name', 'organiser', '410100'), username: 'x'.repeat(10_000) }, ['username']],
      [{ ...account('ok.name', 'organiser', '410100'), password: 'short' }, ['password']],
      [{ ...account('ok.name', 'organiser', '410100'), admin: true }, ['admin']],
    ];
    for (const [body, fields] of cases) {
      const response = await admin.post('/api/v1/accounts', body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
    }
    expectProblem(
      await admin.post('/api/v1/accounts', account('p.user', 'partner', '410100')),
      400,
      'VALIDATION_FAILED',
    );
    expect(await headPosition()).toBe(before);
  });

  describe('region scope (province ⊃ city ⊃ county) and roles', () => {
    let cityAdmin: HttpClient;
    let countyAdmin: HttpClient;
    let organiser: HttpClient;
    let auditor: HttpClient;
    let organiserId: string;

    beforeAll(async () => {
      await admin.post('/api/v1/accounts', account('zz.city.admin', 'admin', '410100'));
      await admin.post('/api/v1/accounts', account('zy.county.admin', 'admin', '410122'));
      organiserId = (await admin.post('/api/v1/accounts', account('zy.organiser', 'organiser', '410122')))
        .body.id;
      await admin.post('/api/v1/accounts', account('province.auditor', 'auditor', '410000'));
      cityAdmin = await t.http.signIn('zz.city.admin', 'zz.city.admin-password');
      countyAdmin = await t.http.signIn('zy.county.admin', 'zy.county.admin-password');
      organiser = await t.http.signIn('zy.organiser', 'zy.organiser-password');
      auditor = await t.http.signIn('province.auditor', 'province.auditor-password');
    });

    it.each([
      ['the province admin', () => admin, '410122', 201],
      ['a city admin, in its county', () => cityAdmin, '410122', 201],
      ['a city admin, in its own city', () => cityAdmin, '410100', 201],
      ['a city admin, in another city', () => cityAdmin, '410200', 403],
      ['a city admin, for the province', () => cityAdmin, '410000', 403],
      ['a county admin, in its county', () => countyAdmin, '410122', 201],
      ['a county admin, in a sibling county', () => countyAdmin, '410181', 403],
      ['a county admin, for its city', () => countyAdmin, '410100', 403],
      ['an organiser', () => organiser, '410122', 403],
      ['an auditor', () => auditor, '410122', 403],
    ])('%s creating an account in %s → %d', async (_who, client, regionCode, status) => {
      const username = `u${Math.random().toString(36).slice(2, 10)}`;
      const response = await client().post('/api/v1/accounts', account(username, 'organiser', regionCode));
      if (status === 201) expect(response.status).toBe(201);
      else expectProblem(response, 403, 'FORBIDDEN');
    });

    it.each([
      ['the account itself', () => organiser, 200],
      ['an admin of its county', () => countyAdmin, 200],
      ['an admin of its city', () => cityAdmin, 200],
      ['an auditor of the province', () => auditor, 200],
    ])('%s reads the organiser account → %d', async (_who, client, status) => {
      expect((await client().get(`/api/v1/accounts/${organiserId}`)).status).toBe(status);
    });

    it('another organiser may not read it, nor an admin outside the region', async () => {
      const other = await admin.post('/api/v1/accounts', account('other.org', 'organiser', '410122'));
      const otherClient = await t.http.signIn('other.org', 'other.org-password');
      expectProblem(await otherClient.get(`/api/v1/accounts/${organiserId}`), 403, 'FORBIDDEN');
      const outsider = await admin.post('/api/v1/accounts', account('luoyang.admin', 'admin', '410300'));
      expect(outsider.status).toBe(201);
      const luoyang = await t.http.signIn('luoyang.admin', 'luoyang.admin-password');
      expectProblem(await luoyang.get(`/api/v1/accounts/${organiserId}`), 403, 'FORBIDDEN');
      expect(other.status).toBe(201);
    });

    it('an unknown account is 404', async () => {
      expectProblem(await admin.get('/api/v1/accounts/acc-000000000000000000000000'), 404, 'NOT_FOUND');
    });
  });
});
