import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium, screenshot, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(240_000);

const DAY = 86_400_000;
/** The Beijing date `days` from the ledger's "now". */
const businessDate = (now: Date, days: number) =>
  new Date(now.getTime() + days * DAY + 8 * 3600_000).toISOString().slice(0, 10);

async function setTime(page: Page, label: string, value: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function addToRoster(page: Page, name: string) {
  const picker = page.getByLabel('添加志愿者');
  await picker.click();
  await picker.fill(name);
  await page.getByTitle(new RegExp(`^${name} · `)).click();
  await page.getByTestId('roster-table').getByText(name, { exact: true }).waitFor();
}

describe('the console in a browser: an organiser records a roster', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('records the activity’s roster, is told why a row was refused, fixes it and resubmits', async () => {
    const { page, errors, refusals, close } = await world.open(browser, DESKTOP);
    await signIn(page, world.organiser.username, world.organiser.password);
    await page.goto('/admin/activities');
    await settle(page);
    await page
      .getByTestId('activities-table')
      .locator('tr', { hasText: '科技馆周末科普讲解' })
      .getByRole('button', { name: '服务记录' })
      .click();
    const drawer = page.getByTestId('activity-drawer');
    await drawer.getByRole('button', { name: '批量记录（名册）' }).click();

    await addToRoster(page, '张明华');
    await addToRoster(page, '张建军');
    // The activity lasts weeks: rows left at its times are longer than one session may be, which
    // the console says before sending anything.
    await page.getByRole('button', { name: '提交名册（2 人）' }).click();
    await page.getByTestId('roster-unfit').getByText('张建军：单次服务不能超过 24 小时').waitFor();
    const day = businessDate(world.clock.now(), -20);
    const before = businessDate(world.clock.now(), -25);
    await setTime(page, '张明华 的结束时间', `${day} 10:00`);
    // 张建军's session before the activity began: the server refuses that row alone.
    await setTime(page, '张建军 的开始时间', `${before} 09:00`);
    await setTime(page, '张建军 的结束时间', `${before} 09:30`);
    await page.getByRole('button', { name: '提交名册（2 人）' }).click();

    const summary = page.getByTestId('roster-summary');
    await summary.getByText('已记录 1 人，1 人未记录').waitFor();
    await summary
      .getByTestId('roster-refusal')
      .filter({ hasText: '张建军' })
      .getByText('服务时间不在活动时间范围内')
      .waitFor();
    await screenshot(page, 'organiser-roster-refusal-desktop');

    await setTime(page, '张建军 的开始时间', `${day} 09:00`);
    await setTime(page, '张建军 的结束时间', `${day} 09:30`);
    await page.getByRole('button', { name: '重新提交未记录的（1 人）' }).click();
    await page.getByText('名册已全部记录：2 人，待管理员确认。').waitFor();
    await page.getByRole('button', { name: '完成' }).click();

    const records = drawer.getByTestId('activity-records');
    for (const [name, time] of [
      ['张明华', '08:00–10:00'],
      ['张建军', '09:00–09:30'],
    ]) {
      const row = records.locator('tr', { hasText: name }).filter({ hasText: time });
      await row.getByText('待确认').waitFor();
    }
    // Two records for the roster, not three: the resubmission did not record 张明华 again.
    const listed = await world.organiser.client.get(
      `/api/v1/service-records?activityId=${world.activityId}&from=${day}&to=${day}`,
    );
    expect(listed.body.total).toBe(2);
    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
