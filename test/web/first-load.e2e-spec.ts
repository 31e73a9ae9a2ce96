import type { Browser, Request, Response } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchChromium, openPage, PHONE } from './browser';

/**
 * The first visit on a slow phone link: no cache, 150 ms latency, 1.6 Mbps down, 750 kbps up (a poor
 * 3G or a crowded 4G cell). The goal is the sign-in form on screen within 3 s; docs/performance.md
 * ("The web console") has the figures, measured on a quiet machine.
 *
 * What the test holds the page to is what it downloads before the form is up, not the time itself:
 * the time also counts the browser's work, which a busy test machine stretches, so a timed assertion
 * would fail on a loaded machine rather than on a heavier page. The link moves 200 KB a second:
 * 300 KB is 1.5 s, which leaves the rest of the 3 s for the round trips (about four, 0.6 s) and for
 * drawing the form. The time is printed on every run.
 */
const SLOW_PHONE_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
} as const;
const SIGN_IN_BUDGET_BYTES = 300_000;

describe('the first load of the console on a slow phone link', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the sign-in form after at most 300 KB, with compressed scripts, no public source maps and a favicon', async () => {
    const { page, errors, close } = await openPage(browser, t.http.baseUrl, PHONE);
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE_LINK);
      const scripts: Response[] = [];
      const finished: Request[] = [];
      page.on('requestfinished', (request) => finished.push(request));
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response);
      });

      const started = Date.now();
      await page.goto('/login', { waitUntil: 'commit' });
      // The form is usable once its user name field and its button are on screen.
      await page.getByLabel('用户名').waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByRole('button', { name: /登\s*录/ }).waitFor({ state: 'visible', timeout: 30_000 });
      const elapsed = Date.now() - started;
      // What had arrived when the form showed (the signed-in console, fetched afterwards, is not in it).
      let bytes = 0;
      for (const request of [...finished]) {
        const sizes = await request.sizes();
        bytes += sizes.responseHeadersSize + sizes.responseBodySize;
      }
      // The figures docs/performance.md quotes: printed so that a run shows them.
      console.log(`sign-in form visible after ${elapsed} ms and ${bytes} bytes on the slow phone link`);

      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const headers = await script.allHeaders();
        expect({ url: script.url(), encoding: headers['content-encoding'] }).toEqual({
          url: script.url(),
          encoding: expect.stringMatching(/^(br|gzip)$/),
        });
        expect(headers['vary']).toMatch(/accept-encoding/i);
      }

      const first = new URL(scripts[0].url()).pathname;
      expect((await page.request.get(`${first}.map`)).status()).toBe(404);

      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBeTruthy();
      const favicon = await page.request.get(icon!);
      expect(favicon.status()).toBe(200);
      expect(favicon.headers()['content-type']).toMatch(/^image\/svg\+xml/);

      // Nothing refused by the page's policy (a blocked favicon or script is logged as an error).
      expect(errors).toEqual([]);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThan(SIGN_IN_BUDGET_BYTES);
    } finally {
      await close();
    }
  });
});
