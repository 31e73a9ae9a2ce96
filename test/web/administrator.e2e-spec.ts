import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, screenshot, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(240_000);

const DAY = 86_400_000;
const businessDate = (instant: Date) => new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the console in a browser: a county administrator', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('confirms a pending record, and is told in words why it may not confirm its own', async () => {
    const { page, errors, refusals, close } = await world.open(browser, DESKTOP);
    await signIn(page, world.countyAdmin.username, world.countyAdmin.password);
    await page.goto('/admin/records');
    await settle(page);
    const table = page.getByTestId('records-table');
    await screenshot(page, 'admin-records-queue-desktop');

    await table
      .locator('tr', { hasText: '张明华' })
      .getByRole('button', { name: '确认', exact: true })
      .click();
    const record = await until(
      () => world.countyAdmin.client.get(`/api/v1/service-records/${world.pendingRecordId}`),
      (response) => response.body.status === 'confirmed',
      'the record to be confirmed',
    );
    expect(record.body.status).toBe('confirmed');

    await table
      .locator('tr', { hasText: '张建军' })
      .getByRole('button', { name: '确认', exact: true })
      .click();
    await page.getByText('不能确认自己录入的服务记录').first().waitFor();
    await screenshot(page, 'admin-records-self-confirmation-desktop');
    const own = await world.countyAdmin.client.get(`/api/v1/service-records/${world.selfRecordedId}`);
    expect(own.body.status).toBe('pending');
    expect(refusals).toEqual([`POST /api/v1/service-records/${world.selfRecordedId}/confirm → 422`]);
    expect(errors).toEqual([]);
    await close();
  });

  it('runs a star round from opening to finalizing once the notice period is over', async () => {
    const { page, errors, close } = await world.open(browser, DESKTOP);
    await signIn(page, world.countyAdmin.username, world.countyAdmin.password);
    await page.goto('/admin/star-rounds');
    await settle(page);
    await page.getByRole('button', { name: '新建评定' }).click();
    const dialog = page.getByRole('dialog');
    // The region starts as the account's own county, shown by its name.
    await dialog.locator('.ant-cascader').getByText('中牟县').waitFor();
    const cutoff = dialog.locator('.ant-picker input').first();
    await cutoff.click();
    await cutoff.fill(businessDate(world.clock.now()));
    await cutoff.press('Enter');
    // The rule set is chosen by its name from GET /rule-sets, never typed as an id.
    await dialog.locator('.ant-select', { has: page.getByRole('combobox', { name: '星级规则' }) }).click();
    await page.getByTitle('试点星级标准（小时数缩小）').click();
    await dialog.getByTestId('rule-set-thresholds').getByText('1/2/3/4/5').waitFor();
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/star-rounds\/srd-/);
    const roundId = new URL(page.url()).pathname.split('/').pop()!;
    await settle(page);

    await page.getByRole('button', { name: '生成候选名单' }).click();
    await page.getByTestId('candidates-table').getByText('张明华').waitFor();
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.getByTestId('notice-ends-on').waitFor();
    const noticeEndsOn = (await page.getByTestId('notice-ends-on').textContent())!;
    await screenshot(page, 'admin-star-round-notice-desktop');

    // Before the notice ends, 认定 waits, saying the day it opens.
    expect(await page.getByRole('button', { name: '认定', exact: true }).isDisabled()).toBe(true);
    await page
      .getByTestId('finalize-locked')
      .getByText(/^公示期至\d{4}年\d{1,2}月\d{1,2}日，.+起可认定$/)
      .waitFor();

    // The ledger's clock and the browser's move past the notice.
    const end = new Date(`${noticeEndsOn}T12:00:00+08:00`).getTime();
    world.clock.set(new Date(end + 2 * DAY));
    await page.clock.setFixedTime(new Date(end + 2 * DAY));
    // The session ran out over those days: sign in again, and come back to the round.
    await signIn(page, world.countyAdmin.username, world.countyAdmin.password);
    await page.goto(`/admin/star-rounds/${roundId}`);
    await settle(page);
    await page.getByRole('button', { name: '认定', exact: true }).click();
    await page.locator('[data-testid="round-status"][data-status="finalized"]').waitFor();
    await screenshot(page, 'admin-star-round-finalized-desktop');

    const round = await world.countyAdmin.client.get(`/api/v1/star-rounds/${roundId}`);
    expect(round.body.status).toBe('finalized');
    expect(round.body.ruleSet).toEqual({ id: world.ruleSetId, name: '试点星级标准（小时数缩小）' });
    const summary = await world.countyAdmin.client.get(
      `/api/v1/volunteers/${world.volunteer.volunteerId}/summary`,
    );
    expect(summary.body.starLevel).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });
});
