import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultWebConsoleDir } from '../../apps/api/src/web/web-console';
import { startTestApp, type TestApp } from '../support/test-app';

/** How the API process serves the console (npm test builds it into dist/web first). */
describe('the web console is served by the API at /', () => {
  let t: TestApp;
  const assets = readdirSync(join(defaultWebConsoleDir(), 'assets'));
  const script = assets.find((name) => name.endsWith('.js'))!;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the app at / with a policy that allows nothing from elsewhere, never cached', async () => {
    const page = await t.http.get('/');
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const byName = await t.http.get('/index.html');
    expect(byName.status).toBe(200);
    expect(byName.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
    expect(byName.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers the app for any page of the console, so a bookmark opens it', async () => {
    for (const path of ['/admin/records', '/volunteer/certificates', '/venue', '/login', '/no/such/page']) {
      const page = await t.http.get(path);
      expect({ path, status: page.status, html: String(page.body).includes('<div id="root">') }).toEqual({
        path,
        status: 200,
        html: true,
      });
    }
  });

  it('serves hashed assets for a year', async () => {
    const asset = await t.http.get(`/assets/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.contentType).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API its own answers: an unknown API path is a problem+json 404, not the app', async () => {
    for (const path of [
      '/api/v1/nothing-here',
      '/api/v1',
      '/api/nothing',
      '/health/extra',
      '//api/v1/nothing-here',
      '/API/v1/nothing-here',
      // A file that is not there (an old release's asset, say) is missing, not the app.
      '/assets/index-0ld4sset.js',
      '/favicon.ico',
    ]) {
      const answer = await t.http.get(path);
      expect({ path, status: answer.status, type: answer.contentType }).toEqual({
        path,
        status: 404,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(answer.body.code).toBe('NOT_FOUND');
    }
    expect((await t.http.get('/health')).body.status).toBe('ok');
    expect((await t.http.get('/api/docs-json')).body.openapi).toMatch(/^3\./);
  });
});
