import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { created, zhongmuResident } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Passwords over real HTTP: an account created with an initial password must change it first; any
 * account changes its own; an administrator of the account's region resets one (and only there).
 */
describe('passwords: initial, changed, reset', () => {
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let luoyangAdmin: HttpClient;

  const create = async (
    username: string,
    regionCode: string,
    extra: Record<string, unknown> = {},
  ): Promise<string> => {
    const response = await admin.post('/api/v1/accounts', {
      username,
      password: `${username}-initial`,
      role: 'organiser',
      regionCode,
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  };

  const token = (username: string, password: string) =>
    t.http.post('/api/v1/auth/token', { username, password });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    await create('zy.pw.admin', '410122', { role: 'admin' });
    await create('ly.pw.admin', '410300', { role: 'admin' });
    countyAdmin = await t.http.signIn('zy.pw.admin', 'zy.pw.admin-initial');
    luoyangAdmin = await t.http.signIn('ly.pw.admin', 'ly.pw.admin-initial');
  });
  afterAll(() => t.close());

  describe('an account created with an initial password', () => {
    it('says so in the token answer, in /auth/me and in the account; every other call is 403 PASSWORD_CHANGE_REQUIRED', async () => {
      const id = await create('zy.first.signin', '410122', { mustChangePassword: true });
      expect((await admin.get(`/api/v1/accounts/${id}`)).body.mustChangePassword).toBe(true);

      const answer = await token('zy.first.signin', 'zy.first.signin-initial');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: expect.any(Number),
        mustChangePassword: true,
      });
      const client = t.http.withToken(answer.body.accessToken);
      expect((await client.get('/api/v1/auth/me')).body).toMatchObject({
        username: 'zy.first.signin',
        mustChangePassword: true,
      });
      expectProblem(await client.get(`/api/v1/accounts/${id}`), 403, 'PASSWORD_CHANGE_REQUIRED');
      expectProblem(await client.get('/api/v1/volunteers'), 403, 'PASSWORD_CHANGE_REQUIRED');

      const changed = await client.post('/api/v1/auth/password', {
        currentPassword: 'zy.first.signin-initial',
        newPassword: 'my own secret 1',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ tokenType: 'Bearer', mustChangePassword: false });
      const fresh = t.http.withToken(changed.body.accessToken);
      expect((await fresh.get(`/api/v1/accounts/${id}`)).body).toMatchObject({ mustChangePassword: false });
      expect((await fresh.get('/api/v1/auth/me')).body.mustChangePassword).toBe(false);
      expect((await token('zy.first.signin', 'my own secret 1')).body.mustChangePassword).toBe(false);
    });

    it('an account created without the flag signs in and works at once (as before)', async () => {
      await create('zy.no.flag', '410122');
      const answer = await token('zy.no.flag', 'zy.no.flag-initial');
      expect(answer.body.mustChangePassword).toBe(false);
      expect((await t.http.withToken(answer.body.accessToken).get('/api/v1/volunteers')).status).toBe(200);
    });
  });

  describe('changing one’s own password', () => {
    it('needs the right current password, at least 8 characters and a different one (422 with a code each)', async () => {
      await create('zy.changer', '410122');
      const client = await t.http.signIn('zy.changer', 'zy.changer-initial');
      const change = (currentPassword: string, newPassword: string) =>
        client.post('/api/v1/auth/password', { currentPassword, newPassword });
      expectProblem(await change('wrong-password', 'a brand new one'), 422, 'WRONG_CURRENT_PASSWORD');
      expectProblem(await change('zy.changer-initial', 'short'), 422, 'PASSWORD_TOO_SHORT');
      expectProblem(await change('zy.changer-initial', 'zy.changer-initial'), 422, 'PASSWORD_UNCHANGED');
      const bad = await client.post('/api/v1/auth/password', { newPassword: 'a brand new one' });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
      // Nothing above changed it.
      expect((await token('zy.changer', 'zy.changer-initial')).status).toBe(200);

      const ok = await change('zy.changer-initial', 'a brand new one');
      expect(ok.status).toBe(200);
      expectProblem(await token('zy.changer', 'zy.changer-initial'), 401, 'UNAUTHENTICATED');
      expect((await token('zy.changer', 'a brand new one')).status).toBe(200);
      // The token used for the change is ended with it; the one answered works.
      expectProblem(await client.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
      expect((await t.http.withToken(ok.body.accessToken).get('/api/v1/auth/me')).status).toBe(200);
    });

    it('needs a signed-in account', async () => {
      expectProblem(
        await t.http.post('/api/v1/auth/password', { currentPassword: 'x', newPassword: 'yyyyyyyy' }),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('records AccountPasswordChanged by the account itself', async () => {
      const id = await create('zy.changer.events', '410122');
      const client = await t.http.signIn('zy.changer.events', 'zy.changer.events-initial');
      await client.post('/api/v1/auth/password', {
        currentPassword: 'zy.changer.events-initial',
        newPassword: 'another secret 2',
      });
      const events = await eventsOf(id);
      expect(events.at(-1)).toMatchObject({
        type: 'AccountPasswordChanged',
        data: { accountId: id, changedBy: id },
      });
      expect(JSON.stringify(events)).not.toContain('another secret 2');
    });
  });

  describe('an administrator resets a password', () => {
    it('in its region: a generated password answered once, the old password and old tokens end, a change is required', async () => {
      const id = await create('zy.forgetful', '410122');
      const before = await t.http.signIn('zy.forgetful', 'zy.forgetful-initial');
      expect((await before.get('/api/v1/auth/me')).status).toBe(200);

      const reset = await countyAdmin.post(`/api/v1/accounts/${id}/password-reset`, {
        reason: '忘记密码',
      });
      expect(reset.status).toBe(200);
      expect(reset.headers.get('cache-control')).toBe('no-store');
      expect(reset.body).toEqual({
        account: expect.objectContaining({ id, username: 'zy.forgetful', mustChangePassword: true }),
        initialPassword: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
      });
      const initialPassword: string = reset.body.initialPassword;

      expectProblem(await before.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
      expectProblem(await token('zy.forgetful', 'zy.forgetful-initial'), 401, 'UNAUTHENTICATED');
      const answer = await token('zy.forgetful', initialPassword);
      expect(answer.body.mustChangePassword).toBe(true);
      const client = t.http.withToken(answer.body.accessToken);
      expectProblem(await client.get('/api/v1/volunteers'), 403, 'PASSWORD_CHANGE_REQUIRED');
      const changed = await client.post('/api/v1/auth/password', {
        currentPassword: initialPassword,
        newPassword: 'remembered now',
      });
      expect(changed.body.mustChangePassword).toBe(false);

      const events = await eventsOf(id);
      const resetEvent = events.find((e) => e.type === 'AccountPasswordReset');
      expect(resetEvent?.data).toMatchObject({ accountId: id, reason: '忘记密码' });
      expect(resetEvent?.data.resetBy).toMatch(/^acc-/);
      expect(JSON.stringify(events)).not.toContain(initialPassword);
    });

    it('with a password given in the body: the answer does not repeat it', async () => {
      const id = await create('zy.given.reset', '410122');
      const reset = await admin.post(`/api/v1/accounts/${id}/password-reset`, {
        newPassword: 'handed over 3',
      });
      expect(reset.status).toBe(200);
      expect(reset.body).not.toHaveProperty('initialPassword');
      expect((await token('zy.given.reset', 'handed over 3')).body.mustChangePassword).toBe(true);
      expectProblem(
        await admin.post(`/api/v1/accounts/${id}/password-reset`, { newPassword: 'short' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('outside its region it is 403 FORBIDDEN and nothing changes; an organiser may not; an unknown account is 404', async () => {
      const id = await create('zy.guarded', '410122');
      expectProblem(await luoyangAdmin.post(`/api/v1/accounts/${id}/password-reset`, {}), 403, 'FORBIDDEN');
      const provinceAdminId = (await admin.get('/api/v1/auth/me')).body.accountId;
      expectProblem(
        await countyAdmin.post(`/api/v1/accounts/${provinceAdminId}/password-reset`, {}),
        403,
        'FORBIDDEN',
      );
      await create('zy.pw.organiser', '410122');
      const organiser = await t.http.signIn('zy.pw.organiser', 'zy.pw.organiser-initial');
      expectProblem(await organiser.post(`/api/v1/accounts/${id}/password-reset`, {}), 403, 'FORBIDDEN');
      expect((await token('zy.guarded', 'zy.guarded-initial')).body.mustChangePassword).toBe(false);
      expectProblem(
        await admin.post('/api/v1/accounts/acc-000000000000000000000000/password-reset', {}),
        404,
        'NOT_FOUND',
      );
      expectProblem(await admin.post('/api/v1/accounts/nonsense/password-reset', {}), 404, 'NOT_FOUND');
    });
  });

  describe('registering a volunteer with a login (what the console does)', () => {
    it('POST /volunteers, then POST /accounts for it with mustChangePassword: the volunteer signs in, must change, then reads its own record', async () => {
      const volunteer = created(await countyAdmin.post('/api/v1/volunteers', zhongmuResident()));
      const login = await countyAdmin.post('/api/v1/accounts', {
        username: volunteer.volunteerNo,
        password: 'Generated-Pass-1',
        role: 'volunteer',
        regionCode: volunteer.regionCode,
        volunteerId: volunteer.id,
        mustChangePassword: true,
      });
      expect(login.status).toBe(201);
      expect(login.body).toMatchObject({
        username: volunteer.volunteerNo,
        volunteerId: volunteer.id,
        mustChangePassword: true,
      });
      // A second try with the same username (the console's retry after a failure) is 409, the volunteer stays.
      const again = await countyAdmin.post('/api/v1/accounts', {
        username: volunteer.volunteerNo,
        password: 'Generated-Pass-1',
        role: 'volunteer',
        regionCode: volunteer.regionCode,
        volunteerId: volunteer.id,
        mustChangePassword: true,
      });
      expectProblem(again, 409, 'CONFLICT');
      expect((await countyAdmin.get(`/api/v1/volunteers/${volunteer.id}`)).status).toBe(200);

      const answer = await token(volunteer.volunteerNo, 'Generated-Pass-1');
      expect(answer.body.mustChangePassword).toBe(true);
      const client = t.http.withToken(answer.body.accessToken);
      expectProblem(await client.get(`/api/v1/volunteers/${volunteer.id}`), 403, 'PASSWORD_CHANGE_REQUIRED');
      const changed = await client.post('/api/v1/auth/password', {
        currentPassword: 'Generated-Pass-1',
        newPassword: 'volunteer-own-1',
      });
      const own = t.http.withToken(changed.body.accessToken);
      expect((await own.get(`/api/v1/volunteers/${volunteer.id}`)).status).toBe(200);
    });
  });

  const eventsOf = async (accountId: string) => {
    const events: Array<{ type: string; data: Record<string, any> }> = [];
    const store = t.app.get<EventStore>(EVENT_STORE);
    for await (const e of store.readStream(`account-${accountId}`)) {
      events.push(e as unknown as { type: string; data: Record<string, any> });
    }
    return events;
  };
});
