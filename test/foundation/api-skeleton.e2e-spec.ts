import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { expectProblem } from '../support/problem';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

describe('API skeleton over real HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_LOGIN_FAILURE_LIMIT: '3', LEDGER_PUBLIC_RATE_LIMIT: '1000' });
  });
  afterAll(() => t.close());

  describe('health and documentation', () => {
    it('GET /health answers without a token and names the store', async () => {
      const response = await t.http.get('/health');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ok', store: 'sqlite' });
    });

    it('serves the OpenAPI document and its UI', async () => {
      const json = await t.http.get('/api/docs-json');
      expect(json.status).toBe(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect(Object.keys(json.body.paths)).toEqual(
        expect.arrayContaining(['/health', '/api/v1/auth/token', '/api/v1/accounts']),
      );
      const ui = await t.http.get('/api/docs');
      expect(ui.status).toBe(200);
      expect(ui.contentType).toMatch(/text\/html/);
    });

    it('echoes a request id, or makes one', async () => {
      const given = await t.http.get('/health', { 'x-request-id': 'req-123' });
      expect(given.headers.get('x-request-id')).toBe('req-123');
      const made = await t.http.get('/health');
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('errors are problem+json', () => {
    it('for an unknown route', async () => {
      expectProblem(await t.http.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND');
    });

    it('for malformed JSON', async () => {
      expectProblem(
        await t.http.raw('POST', '/api/v1/auth/token', '{"username": "admin",'),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('for a body that is not an object', async () => {
      expectProblem(await t.http.raw('POST', '/api/v1/auth/token', '[1,2]'), 400, 'VALIDATION_FAILED');
    });

    it('for unknown fields, naming them', async () => {
      const response = await t.http.post('/api/v1/auth/token', {
        username: 'admin',
        password: 'x',
        isAdmin: true,
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toContainEqual({
        field: 'isAdmin',
        message: expect.stringContaining('should not exist'),
      });
    });

    it('for a body that is too large', async () => {
      const response = await t.http.post('/api/v1/auth/token', {
        username: 'admin',
        password: 'x'.repeat(2 * 1024 * 1024),
      });
      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    });
  });

  describe('signing in', () => {
    it('gives a bearer token for the first administrator', async () => {
      const response = await t.http.post('/api/v1/auth/token', {
        username: 'admin',
        password: ADMIN_PASSWORD,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 3600,
        mustChangePassword: false,
      });
    });

    it('accepts the username in any case', async () => {
      const response = await t.http.post('/api/v1/auth/token', {
        username: 'ADMIN',
        password: ADMIN_PASSWORD,
      });
      expect(response.status).toBe(200);
    });

    it('refuses calls without a token, with a forged token, and with an expired one', async () => {
      expectProblem(await t.http.post('/api/v1/accounts', {}), 401, 'UNAUTHENTICATED');
      expectProblem(
        await t.http.withToken('not.a.token').post('/api/v1/accounts', {}),
        401,
        'UNAUTHENTICATED',
      );
      const secret = readFileSync(join(t.dataDir, 'jwt-secret'), 'utf8');
      const admin = (await t.http.post('/api/v1/auth/token', { username: 'admin', password: ADMIN_PASSWORD }))
        .body;
      const claims = JSON.parse(Buffer.from(admin.accessToken.split('.')[1], 'base64url').toString());
      const jwt = new JwtService({ secret });
      const expired = jwt.sign(
        { sub: claims.sub, role: 'admin', region: '410000' },
        { issuer: 'volunteer-ledger', expiresIn: -10 },
      );
      expectProblem(
        await t.http.withToken(expired).get(`/api/v1/accounts/${claims.sub}`),
        401,
        'UNAUTHENTICATED',
      );
      const forged = new JwtService({ secret: 'x'.repeat(40) }).sign(
        { sub: claims.sub },
        { issuer: 'volunteer-ledger' },
      );
      expectProblem(
        await t.http.withToken(forged).get(`/api/v1/accounts/${claims.sub}`),
        401,
        'UNAUTHENTICATED',
      );
      const valid = jwt.sign(
        { sub: claims.sub, role: 'admin', region: '410000' },
        { issuer: 'volunteer-ledger', expiresIn: 60 },
      );
      expect((await t.http.withToken(valid).get(`/api/v1/accounts/${claims.sub}`)).status).toBe(200);
    });

    it('limits failed sign-ins per address with 429 RATE_LIMITED, and then refuses even the right password', async () => {
      for (let i = 0; i < 3; i++) {
        expectProblem(
          await t.http.post('/api/v1/auth/token', { username: 'admin', password: `wrong-${i}` }),
          401,
          'UNAUTHENTICATED',
        );
      }
      expectProblem(
        await t.http.post('/api/v1/auth/token', { username: 'nobody', password: 'wrong' }),
        429,
        'RATE_LIMITED',
      );
      expectProblem(
        await t.http.post('/api/v1/auth/token', { username: 'admin', password: ADMIN_PASSWORD }),
        429,
        'RATE_LIMITED',
      );
    });
  });
});
