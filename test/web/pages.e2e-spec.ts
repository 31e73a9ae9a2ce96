import type { Browser, Page } from 'playwright-core';
import { created } from '../organisation/organisation-helpers';
import { DESKTOP, launchChromium, overflowsHorizontally, PHONE, screenshot, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(300_000);

type Who = 'volunteer' | 'venue' | 'countyAdmin';

/** The menu's pages of the signed-in account, read from the console itself (so a new page is covered). */
async function menuPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.ant-layout-sider .ant-menu a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

const slug = (path: string) =>
  path
    .replace(/^\//, '')
    .replace(/[a-z]{3}-[0-9a-f]{24}/g, 'detail')
    .replace(/\//g, '-') || 'home';

/**
 * Every page of every role renders with no console error (React and antd warnings included) and no
 * failed API call, at desktop and phone widths; the volunteer's and the venue's pages fit a phone
 * without sideways scrolling. The screenshots are kept in docs/screenshots.
 */
describe('the console in a browser: every page renders cleanly', () => {
  let world: WebWorld;
  let browser: Browser;
  const extraPaths: Record<Who, string[]> = { volunteer: [], venue: [], countyAdmin: [] };

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
    // A star round with candidates, so its page has something to show.
    const admin = world.countyAdmin.client;
    const today = new Date(world.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const round = created(
      await admin.post('/api/v1/star-rounds', {
        regionCode: '410122',
        cutoff: today,
        ruleSetId: world.ruleSetId,
      }),
    );
    await admin.post(`/api/v1/star-rounds/${round.id}/draw`);
    extraPaths.countyAdmin.push(`/admin/star-rounds/${round.id}`);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it.each<[Who, string]>([
    ['volunteer', 'volunteer'],
    ['venue', 'venue'],
    ['countyAdmin', 'admin'],
  ])('%s', async (who, prefix) => {
    const account = world[who];
    const desktop = await world.open(browser, DESKTOP);
    await signIn(desktop.page, account.username, account.password);
    await settle(desktop.page);
    const paths = [...(await menuPaths(desktop.page)), ...extraPaths[who]];
    expect(paths.length).toBeGreaterThan(0);

    const phone = await world.open(browser, PHONE);
    await signIn(phone.page, account.username, account.password);
    const problems: string[] = [];
    for (const path of paths) {
      for (const [width, watched] of [
        ['desktop', desktop],
        ['phone', phone],
      ] as const) {
        watched.errors.length = 0;
        watched.refusals.length = 0;
        await watched.page.goto(path);
        await settle(watched.page);
        await screenshot(watched.page, `${prefix}-${slug(path.slice(prefix.length + 1))}-${width}`);
        if (await watched.page.locator('.ant-result-404').count())
          problems.push(`${width} ${path}: no such page`);
        for (const error of watched.errors) problems.push(`${width} ${path}: ${error}`);
        for (const refusal of watched.refusals) problems.push(`${width} ${path}: ${refusal}`);
        if (width === 'phone' && who !== 'countyAdmin' && (await overflowsHorizontally(watched.page))) {
          problems.push(`phone ${path}: wider than the screen`);
        }
      }
    }
    await desktop.close();
    await phone.close();
    expect(problems).toEqual([]);
  });
});
