import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(120_000);

/**
 * Regions by name in the real console against the real server: the names come from GET /regions
 * (the GB/T 2260 divisions the server carries), the code is in the tooltip, and the region field of a
 * form shows the account's own region by name.
 */
describe('the console shows regions by name', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('a register shows 中牟县, the full name and the code in its tooltip; the new team’s region is picked by name', async () => {
    const { page, errors, refusals, close } = await world.open(browser, DESKTOP);
    await signIn(page, world.countyAdmin.username, world.countyAdmin.password);
    await page.goto('/admin/teams');
    await settle(page);

    const region = page.locator('table [data-region-code="410122"]').first();
    await region.getByText('中牟县', { exact: true }).waitFor();
    await region.hover();
    await page.getByRole('tooltip').getByText('河南省郑州市中牟县 · 410122').waitFor();
    expect(await page.locator('table').textContent()).not.toContain('410122');

    await page.getByRole('button', { name: '新建服务队' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select-selection-item', { hasText: '中牟县' }).waitFor();
    await dialog.getByLabel('所属区域').waitFor();

    expect(errors).toEqual([]);
    expect(refusals).toEqual([]);
    await close();
  });
});
