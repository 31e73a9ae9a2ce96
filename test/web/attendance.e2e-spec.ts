import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { activityBody, created } from '../organisation/organisation-helpers';
import { DESKTOP, launchChromium, PHONE, screenshot, settle, signIn, type WatchedPage } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(240_000);

const TITLE = '青少年科普实验课';

/** What a phone's camera reads from the organiser's screen: the QR code decoded from a screenshot. */
async function scanQr(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.getByTestId('attendance-qr').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error('no QR code could be read from the screen');
  return decoded.data;
}

/**
 * 现场签到 in two browsers: the organiser opens attendance on a phone, the volunteer's phone reads the
 * QR code off its screen and checks in; an hour and a half later a code from the start is refused in
 * words, the volunteer checks out with the 6 digits now on screen, the organiser ends check-in, the
 * county administrator confirms the pending record and the volunteer's hours move.
 */
describe('the console in a browser: on-site check-in', () => {
  let world: WebWorld;
  let browser: Browser;
  let activityId: string;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
    const admin = world.countyAdmin.client;
    const existing = (await admin.get(`/api/v1/activities/${world.activityId}`)).body as {
      projectId: string;
    };
    // Today (2026-11-18), starting a quarter of an hour after the tests' "now" (10:00 in Beijing).
    activityId = created(
      await admin.post(
        '/api/v1/activities',
        activityBody(existing.projectId, {
          title: TITLE,
          startsAt: '2026-11-18T10:15:00+08:00',
          endsAt: '2026-11-18T12:00:00+08:00',
          recruitment: {
            open: true,
            quota: 10,
            signupDeadline: '2026-11-18T10:10:00+08:00',
            approval: 'auto',
            audience: 'region',
            walkIns: false,
          },
        }),
      ),
    ).id;
    const signup = await world.volunteer.client.post(`/api/v1/activities/${activityId}/signups`, {});
    expect(signup.body.status).toBe('accepted');
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('checks in by the QR code, out by the typed digits, and the confirmed record counts', async () => {
    const organiser: WatchedPage = await world.open(browser, PHONE);
    await signIn(organiser.page, world.organiser.username, world.organiser.password);
    await organiser.page.goto(`/admin/activities/${activityId}/attendance`);
    await settle(organiser.page);
    await organiser.page.getByText(`现场签到：${TITLE}`).waitFor();
    await organiser.page.getByRole('button', { name: '开始签到' }).click();
    await organiser.page.getByTestId('attendance-qr').waitFor();
    const firstDigits = (await organiser.page.getByTestId('attendance-code').textContent())!;
    expect(firstDigits).toMatch(/^\d{6}$/);
    await screenshot(organiser.page, 'organiser-attendance-phone');
    const qr = await scanQr(organiser.page);
    expect(qr).toMatch(/\/check-in\?code=ats-/);

    // The volunteer's phone opens the QR code's address, as its camera app would, signed out: the
    // sign-in comes first, then the check-in page with the code already read.
    const volunteer: WatchedPage = await world.open(browser, PHONE);
    const address = new URL(qr);
    await volunteer.page.goto(`${address.pathname}${address.search}`);
    await volunteer.page.waitForURL((url) => url.pathname === '/login');
    await volunteer.page.getByLabel('用户名').fill(world.volunteer.username);
    await volunteer.page.getByLabel('密码').fill(world.volunteer.password);
    await volunteer.page.getByRole('button', { name: /登\s*录/ }).click();
    await volunteer.page.getByText('已读取签到二维码', { exact: false }).waitFor();
    expect(new URL(volunteer.page.url()).pathname).toBe('/volunteer/check-in');
    await volunteer.page.getByRole('button', { name: '签到' }).click();
    await volunteer.page
      .getByTestId('check-in-result')
      .getByText('签到成功（10:00）', { exact: false })
      .waitFor();
    await organiser.page.getByTestId('attendance-counts').getByText('在场 1 人', { exact: false }).waitFor({
      timeout: 20_000,
    });

    // An hour and a half on: the code of 10:00 has long expired.
    world.clock.set('2026-11-18T11:30:00+08:00');
    await volunteer.page.getByTestId('check-in-code').fill(firstDigits);
    await volunteer.page.getByRole('button', { name: '签退' }).click();
    await volunteer.page
      .getByTestId('check-in-result')
      .getByText('未能完成：签到码无效或已过期，请扫描现场最新的二维码或输入最新的 6 位数字。')
      .waitFor();
    await screenshot(volunteer.page, 'volunteer-check-in-refused-phone');

    // The organiser's screen reads the next code when the one it shows expires.
    await organiser.page.clock.fastForward(61_000);
    await organiser.page.getByTestId('attendance-expires').getByText('11:31 更换').waitFor();
    const nowDigits = (await organiser.page.getByTestId('attendance-code').textContent())!;
    await volunteer.page.getByTestId('check-in-code').fill(nowDigits);
    await volunteer.page.getByRole('button', { name: '签退' }).click();
    const checkedOut = volunteer.page
      .getByTestId('check-in-result')
      .getByText(/^签退成功（11:30），本次服务 \d+ 分钟/);
    await checkedOut.waitFor();
    const minutes = Number(/本次服务 (\d+) 分钟/.exec((await checkedOut.textContent())!)![1]);
    expect(minutes).toBeGreaterThan(0);

    await organiser.page.getByTestId('attendance-counts').getByText('已签退 1 人', { exact: false }).waitFor({
      timeout: 20_000,
    });
    await organiser.page.getByRole('button', { name: '结束签到' }).click();
    await organiser.page
      .locator('.ant-modal')
      .getByText('目前没有仍在场的志愿者', { exact: false })
      .waitFor();
    await organiser.page.locator('.ant-modal').getByRole('button', { name: '结束签到' }).click();
    await organiser.page.getByTestId('attendance-closed').waitFor();

    // The county administrator confirms the pending record from the queue.
    const admin: WatchedPage = await world.open(browser, DESKTOP);
    await signIn(admin.page, world.countyAdmin.username, world.countyAdmin.password);
    await admin.page.goto('/admin/records');
    await settle(admin.page);
    await admin.page
      .getByTestId('records-table')
      .locator('tr', { hasText: TITLE })
      .getByRole('button', { name: '确认', exact: true })
      .click();
    let confirmedMinutes = 0;
    for (let attempt = 0; attempt < 50 && confirmedMinutes !== 120 + minutes; attempt++) {
      await admin.page.waitForTimeout(200);
      const summary = await world.volunteer.client.get(
        `/api/v1/volunteers/${world.volunteer.volunteerId}/summary`,
      );
      confirmedMinutes = summary.body.confirmedMinutes as number;
    }
    // Two confirmed hours before, and the session now.
    expect(confirmedMinutes).toBe(120 + minutes);
    await volunteer.page.goto('/volunteer');
    await settle(volunteer.page);
    expect(await volunteer.page.getByTestId('confirmed-hours').textContent()).not.toBe('2 小时');

    expect(organiser.errors).toEqual([]);
    expect(volunteer.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
    expect(organiser.refusals).toEqual([]);
    expect(volunteer.refusals).toEqual(['POST /api/v1/check-outs → 422']);
    expect(admin.refusals).toEqual([]);
    await organiser.close();
    await volunteer.close();
    await admin.close();
  });
});
