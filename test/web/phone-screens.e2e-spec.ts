import type { Browser, Page } from 'playwright-core';
import { launchChromium, PHONE, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(180_000);

/** The boxes of every calendar popup now shown, as the browser laid them out. */
async function shownPopups(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.ant-picker-dropdown, .ant-picker-panel-container, .ant-picker-panel')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { className: element.className, left: Math.round(box.left), right: Math.round(box.right) };
      }),
  );
}

/** Opens the period's first and last day in turn: each calendar lies within the phone's 375 px. */
async function expectPickersOnScreen(page: Page, placeholders: [string, string]) {
  for (const placeholder of placeholders) {
    await page.getByPlaceholder(placeholder).click();
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').first().waitFor();
    // antd moves the popup into place after it appears.
    await page.waitForTimeout(400);
    const popups = await shownPopups(page);
    expect(popups.length).toBeGreaterThan(0);
    for (const popup of popups) {
      expect({ ...popup, left: popup.left >= 0, right: popup.right <= PHONE.width }).toEqual({
        ...popup,
        left: true,
        right: true,
      });
    }
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
  }
}

describe('the console on a 375 px phone', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it("opens the volunteer's certificate period calendars within the screen", async () => {
    const { page, errors, close } = await world.open(browser, PHONE);
    await signIn(page, world.volunteer.username, world.volunteer.password);
    await page.goto('/volunteer/certificates');
    await settle(page);
    await expectPickersOnScreen(page, ['开始日期', '结束日期']);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the venue's CSV export period calendars within the screen", async () => {
    const { page, errors, close } = await world.open(browser, PHONE);
    await signIn(page, world.venue.username, world.venue.password);
    await page.goto('/venue/redemptions');
    await settle(page);
    await expectPickersOnScreen(page, ['开始日期', '结束日期']);
    expect(errors).toEqual([]);
    await close();
  });
});
