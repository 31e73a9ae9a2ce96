import type { Browser } from 'playwright-core';
import { activityBody, created } from '../organisation/organisation-helpers';
import { DESKTOP, launchChromium, overflowsHorizontally, PHONE, screenshot, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(240_000);

const TITLE = '科普大篷车进社区';

/**
 * The volunteer's journey in the console, before check-in: the organiser sets the activity's
 * recruitment in its drawer, the volunteer finds it on a phone, signs up and is told it is accepted,
 * sees it under 我的报名 and in 消息, the organiser sees the sign-up as 已录取, and the volunteer
 * withdraws (the sign-up stays under 我的报名 as 已取消).
 */
describe('the console in a browser: recruitment and sign-up', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
    const admin = world.countyAdmin.client;
    const existing = (await admin.get(`/api/v1/activities/${world.activityId}`)).body as {
      projectId: string;
    };
    // Three days after the tests' "now" (2026-11-18 10:00 in Beijing).
    created(
      await admin.post(
        '/api/v1/activities',
        activityBody(existing.projectId, {
          title: TITLE,
          startsAt: '2026-11-21T09:00:00+08:00',
          endsAt: '2026-11-21T11:30:00+08:00',
        }),
      ),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('recruits in the drawer, the volunteer signs up and withdraws on a phone', async () => {
    const organiser = await world.open(browser, DESKTOP);
    await signIn(organiser.page, world.organiser.username, world.organiser.password);
    await organiser.page.goto('/admin/activities');
    await settle(organiser.page);
    const openDrawer = async () => {
      await organiser.page
        .getByTestId('activities-table')
        .locator('tr', { hasText: TITLE })
        .getByRole('button', { name: '服务记录' })
        .click();
      return organiser.page.getByTestId('activity-drawer');
    };
    let drawer = await openDrawer();
    await drawer.getByText('该活动未设置招募。').waitFor();
    await drawer.getByRole('button', { name: '招募设置' }).click();
    const settings = organiser.page.locator('.ant-modal', { hasText: `招募设置：${TITLE}` });
    await settings.getByLabel('名额').fill('1');
    await settings.getByRole('button', { name: '保存' }).click();
    await drawer.getByTestId('recruitment-summary').getByText('招募中').waitFor();

    const volunteer = await world.open(browser, PHONE);
    await signIn(volunteer.page, world.volunteer.username, world.volunteer.password);
    await volunteer.page.goto('/volunteer/activities');
    await settle(volunteer.page);
    const card = volunteer.page.getByTestId('open-activities').locator('.ant-card', { hasText: TITLE });
    await card.getByText('2026年11月21日 09:00–11:30').waitFor();
    expect(await card.getByTestId('places-left').textContent()).toBe('1 / 1');
    await card.getByRole('button', { name: '报名' }).click();
    await volunteer.page
      .getByTestId('journey-result')
      .getByText(`报名成功，你已被录取“${TITLE}”。`)
      .waitFor();
    await card.getByTestId('places-left').getByText('0 / 1').waitFor();
    expect(await overflowsHorizontally(volunteer.page)).toBe(false);
    await screenshot(volunteer.page, 'volunteer-activities-phone');

    await volunteer.page.goto('/volunteer/signups');
    await settle(volunteer.page);
    const mine = volunteer.page.getByTestId('my-signups').locator('.ant-card', { hasText: TITLE });
    await mine.getByText('2026年11月21日 09:00–11:30').waitFor();
    expect(await mine.getByTestId('my-signup-status').textContent()).toBe('已录取');
    // The inbox tells it too, and the header counts it.
    await volunteer.page.goto('/volunteer/notifications');
    await settle(volunteer.page);
    await volunteer.page.getByTestId('notifications').getByText('报名成功').first().waitFor();
    expect(await volunteer.page.getByTestId('notification-bell').getAttribute('aria-label')).toMatch(
      /^消息（[1-9]\d* 条未读）$/,
    );

    await organiser.page.reload();
    await settle(organiser.page);
    drawer = await openDrawer();
    const row = drawer.getByTestId('activity-signups').locator('tr', { hasText: world.volunteer.name });
    await row.getByText('已录取').waitFor();

    await volunteer.page.goto('/volunteer/signups');
    await settle(volunteer.page);
    await mine.getByRole('button', { name: '取消报名' }).click();
    await volunteer.page.locator('.ant-popconfirm').getByRole('button', { name: '取消报名' }).click();
    await volunteer.page.getByTestId('journey-result').getByText(`已取消报名“${TITLE}”。`).waitFor();
    // A withdrawn sign-up stays under 我的报名, in words, and cannot be withdrawn again.
    await mine.getByTestId('my-signup-status').getByText('已取消').waitFor();
    expect(await mine.getByRole('button', { name: '取消报名' }).count()).toBe(0);

    expect(organiser.errors).toEqual([]);
    expect(volunteer.errors).toEqual([]);
    expect([...organiser.refusals, ...volunteer.refusals]).toEqual([]);
    await organiser.close();
    await volunteer.close();
  });
});
