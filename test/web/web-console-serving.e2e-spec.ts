import { readdirSync, readFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { defaultWebConsoleDir } from '../../apps/api/src/web/web-console';
import { startTestApp, type TestApp } from '../support/test-app';

/** How the API process serves the console (npm test builds it into dist/web first). */
describe('the web console is served by the API at /', () => {
  let t: TestApp;
  const assets = readdirSync(join(defaultWebConsoleDir(), 'assets'));
  const script = assets.find((name) => name.endsWith('.js'))!;

  /** A GET with exactly these headers (fetch would add its own accept-encoding and decode the answer). */
  const rawGet = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(new URL(path, t.http.baseUrl), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    });

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

  it('sends the compressed copy a browser asks for, and plain bytes to a client that asks for none', async () => {
    const plain = readFileSync(join(defaultWebConsoleDir(), 'assets', script));
    const path = `/assets/${script}`;
    const br = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect([br.status, br.headers['content-encoding'], br.headers['vary']]).toEqual([
      200,
      'br',
      'accept-encoding',
    ]);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(plain.length / 3);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);

    const gzip = await rawGet(path, { 'accept-encoding': 'gzip' });
    expect([gzip.status, gzip.headers['content-encoding'], gzip.headers['vary']]).toEqual([
      200,
      'gzip',
      'accept-encoding',
    ]);
    expect(gunzipSync(gzip.body).equals(plain)).toBe(true);

    const none: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'deflate' },
    ];
    for (const headers of none) {
      const answer = await rawGet(path, headers);
      expect([answer.status, answer.headers['content-encoding'], answer.headers['vary']]).toEqual([
        200,
        undefined,
        'accept-encoding',
      ]);
      expect(answer.body.equals(plain)).toBe(true);
    }

    // The page itself keeps its headers whichever copy is sent.
    const page = await rawGet('/', { 'accept-encoding': 'br' });
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('publishes no source maps', async () => {
    expect(assets.filter((name) => name.endsWith('.map'))).toEqual([]);
    const map = await t.http.get(`/assets/${script}.map`);
    expect(map.status).toBe(404);
  });

  it('serves the favicon the page links to', async () => {
    const page = await t.http.get('/');
    expect(page.body).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg" />');
    const icon = await t.http.get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.contentType).toMatch(/^image\/svg\+xml/);
    expect(String(icon.body)).toMatch(/^<svg /);
    // The policy lets the page load it.
    expect(page.headers.get('content-security-policy')).toMatch(/img-src 'self'/);
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
