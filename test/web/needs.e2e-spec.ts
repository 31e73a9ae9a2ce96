import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium, overflowsHorizontally, PHONE, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(180_000);

/** Picks a region by typing part of its name in one of the form's selects (省, 市, 县（区）). */
async function pickRegion(page: Page, level: string, name: string) {
  const select = page.getByRole('combobox', { name: level, exact: true });
  await select.click();
  await select.fill(name);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
    .first()
    .click();
}

/**
 * 群众点单 in the real console against the real server: a villager on a 375 px phone, with no
 * account, submits a need from the sign-in page's link, keeps the number and the access code shown
 * once, and follows the need; the county administrator finds it in 需求工单 and accepts it, and the
 * villager then reads 已受理.
 */
describe('needs of the public in the console', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('a need submitted on a phone without an account is followed with its code and accepted by the county', async () => {
    const phone = await world.open(browser, PHONE);
    const { page } = phone;
    await page.goto('/login');
    await page.getByRole('link', { name: '群众点单：提交科技服务需求' }).click();
    await page.waitForURL('**/needs/new');
    await page.getByRole('button', { name: '提交需求' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);

    // Nothing is sent without the consent.
    await page.getByLabel('需求标题').fill('果树病虫害防治培训');
    await page.getByLabel('需求说明').fill('村里苹果树今年病虫害多，想请专家来讲一次。');
    await page.getByRole('combobox', { name: '服务领域' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '乡村振兴' })
      .click();
    await pickRegion(page, '省', '河南');
    await pickRegion(page, '市', '郑州');
    await pickRegion(page, '县（区）', '中牟');
    await page.getByLabel('联系人姓名').fill('王建国');
    await page.getByLabel('联系电话').fill('13800000000');
    await page.getByRole('button', { name: '提交需求' }).click();
    await page.getByText('请先阅读并同意个人信息说明').waitFor();
    expect(phone.refusals).toEqual([]);
    await page.getByLabel('我同意科协为办理本需求使用我的姓名和电话').check();
    await page.getByRole('button', { name: '提交需求' }).click();

    await page.getByText('请保存查询码，它只显示这一次').waitFor();
    const trackingNo = (await page.getByTestId('tracking-no').innerText()).trim();
    const token = (await page.getByTestId('access-token').innerText()).trim();
    expect(trackingNo).not.toBe('');
    expect(token.length).toBeGreaterThan(10);
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.getByRole('link', { name: '查看办理进度' }).click();
    await page.waitForURL(`**/needs/track?no=${encodeURIComponent(trackingNo)}`);
    expect(await page.getByLabel('需求编号').inputValue()).toBe(trackingNo);
    await page.getByLabel('查询码').fill('not-the-code');
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByText('查询码或编号不正确').waitFor();
    await page.getByLabel('查询码').fill(token);
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByTestId('need-status').getByText('当前状态：').waitFor();
    expect(await page.getByTestId('need-status').innerText()).toContain('已提交');
    expect(await overflowsHorizontally(page)).toBe(false);

    // The county administrator accepts it from 需求工单.
    const office = await world.open(browser, DESKTOP);
    await signIn(office.page, world.countyAdmin.username, world.countyAdmin.password);
    await office.page.goto('/admin/needs');
    await settle(office.page);
    const row = office.page.locator('tr', { hasText: '果树病虫害防治培训' });
    await row.getByRole('button', { name: /查\s*看/ }).click();
    const drawer = office.page.locator('.ant-drawer');
    await drawer.getByTestId('need-detail').waitFor();
    expect(await drawer.getByTestId('need-contact-phone').innerText()).not.toBe('13800000000');
    await drawer.getByRole('button', { name: '查看联系方式' }).click();
    await drawer.getByTestId('need-contact-phone').getByText('13800000000').waitFor();
    await drawer.getByRole('button', { name: /^受\s?理$/ }).click();
    await drawer.getByText('已受理').first().waitFor();

    await page.reload();
    await page.getByLabel('查询码').fill(token);
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByTestId('need-status').getByText('已受理').first().waitFor();

    expect(phone.errors).toEqual([]);
    expect(phone.refusals).toEqual([`GET /api/v1/public/needs/${trackingNo} → 404`]);
    expect(office.errors).toEqual([]);
    expect(office.refusals).toEqual([]);
    await phone.close();
    await office.close();
  });
});
