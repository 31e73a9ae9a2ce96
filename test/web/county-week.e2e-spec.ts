import { ManualClock } from '@ledger/application';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import {
  activityBody,
  created,
  pilotBody,
  projectBody,
  teamBody,
  zhongmuResident,
} from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import { accountClient } from '../volunteering/support';
import { DESKTOP, launchChromium, openPage, settle, signIn, type WatchedPage } from './browser';

jest.setTimeout(300_000);

const ZONE = 'Asia/Shanghai';
const COUNTY = '410122';
const ACTIVITY = '周六上午社区科普讲座';
const RULE_SET = '中牟县试点星级标准';
const PEOPLE = ['李秀英', '王建华', '赵志强', '陈静', '刘洋'];

interface Login {
  readonly username: string;
  readonly password: string;
}

/**
 * A county's week in the console alone, as 中牟县 would live it: the county administrator registers
 * five volunteers with their logins; the organiser records the Saturday activity's roster; the
 * administrator confirms it; the province defines its star rule set, and the county opens a round
 * choosing that rule set by its name; a certificate is issued; a volunteer signs in for the first
 * time, changes the initial password and sees its hours judged under the round's rule set.
 *
 * Only what comes before the week goes through the API: the accounts of the county's staff, its
 * pilot, team, project and the scheduled activity, and the issuer of certificates. The ledger's clock
 * is the tests' fixed "now"; the browser's clock starts there too.
 */
describe("a county's week in the console", () => {
  let t: TestApp;
  let browser: Browser;
  let countyAdmin: Login & { client: HttpClient };
  let organiser: Login;
  const clock = new ManualClock(new Date(TEST_NOW));
  const logins = new Map<string, Login & { volunteerNo: string }>();
  let activityId: string;

  const open = (): Promise<WatchedPage> => openPage(browser, t.http.baseUrl, DESKTOP, clock.now());

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({}, undefined, clock), launchChromium()]);
    const province = await t.admin();
    const staff = async (role: string) => {
      const account = await accountClient(t, province, role, COUNTY);
      return { username: account.username, password: `${account.username}-password`, client: account.client };
    };
    countyAdmin = await staff('admin');
    organiser = await staff('organiser');

    const today = DateTime.fromJSDate(clock.now()).setZone(ZONE).startOf('day');
    const admin = countyAdmin.client;
    const pilot = created(
      await admin.post('/api/v1/pilots', pilotBody({ fundedOn: today.minus({ days: 60 }).toISODate() })),
    );
    const team = created(await admin.post('/api/v1/teams', teamBody({ pilotId: pilot.id })));
    const project = created(
      await admin.post('/api/v1/projects', projectBody(team.id, { pilotId: pilot.id })),
    );
    // Last Saturday morning, two hours: the roster's rows keep the activity's own times.
    const saturday = today.minus({ days: (today.weekday + 1) % 7 || 7 });
    const at = (time: string) =>
      DateTime.fromISO(`${saturday.toISODate()}T${time}:00`, { zone: ZONE }).toISO({
        suppressMilliseconds: true,
      })!;
    activityId = created(
      await admin.post(
        '/api/v1/activities',
        activityBody(project.id, { title: ACTIVITY, startsAt: at('09:00'), endsAt: at('11:00') }),
      ),
    ).id;
    created(
      await province.post('/api/v1/issuers', {
        name: '中牟县科学技术协会',
        regionCode: COUNTY,
        personInCharge: '李建国',
        handler: '王晓燕',
        contact: '0371-62100000',
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('Monday: the county administrator registers five volunteers, each with a login shown once', async () => {
    const { page, errors, refusals, close } = await open();
    await signIn(page, countyAdmin.username, countyAdmin.password);
    for (const name of PEOPLE) {
      const person = zhongmuResident({ name });
      await page.goto('/admin/volunteers');
      await settle(page);
      await page.getByRole('button', { name: '登记志愿者' }).click();
      const form = page.getByTestId('volunteer-form');
      await form.getByLabel('姓名', { exact: true }).fill(person.name);
      await form.getByLabel('证件号码', { exact: true }).fill(person.idNumber);
      await form.getByLabel('手机号码', { exact: true }).fill(person.phone);
      await form.getByRole('checkbox', { name: /本人已阅读并同意/ }).check();
      await form.getByRole('checkbox', { name: '同时创建登录账号' }).check();
      await page.getByRole('button', { name: /提\s*交/ }).click();

      const shown = page.getByTestId('initial-password');
      await shown.waitFor();
      const username = (await shown.locator('code').first().textContent())!.trim();
      const password = (await page
        .getByTestId('initial-password-value')
        .locator('code')
        .textContent())!.trim();
      await page.getByRole('button', { name: '我已记下' }).click();
      // With no username typed, the login is the volunteer number.
      expect(username).toMatch(/^410122-\d{4}-\d{6}$/);
      logins.set(name, { username, password, volunteerNo: username });
    }
    expect(new Set([...logins.values()].map((login) => login.password)).size).toBe(PEOPLE.length);

    const listed = await countyAdmin.client.get('/api/v1/volunteers?pageSize=50');
    expect(listed.body.items.map((v: { name: string }) => v.name).sort()).toEqual([...PEOPLE].sort());
    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("Saturday: the organiser records the activity's roster of five in one go", async () => {
    const { page, errors, refusals, close } = await open();
    await signIn(page, organiser.username, organiser.password);
    await page.goto('/admin/activities');
    await settle(page);
    await page
      .getByTestId('activities-table')
      .locator('tr', { hasText: ACTIVITY })
      .getByRole('button', { name: '服务记录' })
      .click();
    const drawer = page.getByTestId('activity-drawer');
    await drawer.getByRole('button', { name: '批量记录（名册）' }).click();
    for (const name of PEOPLE) await addToRoster(page, name);
    await page.getByRole('button', { name: `提交名册（${PEOPLE.length} 人）` }).click();
    await page.getByText(`名册已全部记录：${PEOPLE.length} 人，待管理员确认。`).waitFor();
    await page.getByRole('button', { name: '完成' }).click();
    const records = drawer.getByTestId('activity-records');
    for (const name of PEOPLE) await records.locator('tr', { hasText: name }).getByText('待确认').waitFor();

    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('Monday after: the county administrator confirms the roster from the queue', async () => {
    const { page, errors, refusals, close } = await open();
    await signIn(page, countyAdmin.username, countyAdmin.password);
    await page.goto('/admin/records');
    await settle(page);
    const table = page.getByTestId('records-table');
    for (const name of PEOPLE) {
      await table.locator('tr', { hasText: name }).getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: '批量确认' }).click();
    await page.getByText(`已确认 ${PEOPLE.length} 条记录`).first().waitFor();

    const confirmed = await countyAdmin.client.get(
      `/api/v1/service-records?activityId=${activityId}&status=confirmed`,
    );
    expect(confirmed.body.total).toBe(PEOPLE.length);
    expect(confirmed.body.items.every((r: { minutes: number }) => r.minutes === 120)).toBe(true);
    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the province defines its rule set; the county opens a star round choosing it by name', async () => {
    const province = await open();
    await signIn(province.page, 'admin', ADMIN_PASSWORD);
    await province.page.goto('/admin/rule-sets');
    await settle(province.page);
    await province.page.getByRole('button', { name: '新建规则' }).click();
    const form = province.page.getByRole('dialog');
    await form.getByLabel('名称').fill(RULE_SET);
    for (const [star, hours] of [1, 2, 4, 8, 16].entries()) {
      await form.getByLabel(`${star + 1} 星`).fill(String(hours));
    }
    await form.getByRole('button', { name: /创\s*建/ }).click();
    await province.page.getByTestId('rule-sets-table').getByText(RULE_SET).waitFor();
    expect(province.refusals).toEqual([]);
    expect(province.errors).toEqual([]);
    await province.close();

    const { page, errors, refusals, close } = await open();
    await signIn(page, countyAdmin.username, countyAdmin.password);
    await page.goto('/admin/star-rounds');
    await settle(page);
    await page.getByRole('button', { name: '新建评定' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-cascader').getByText('中牟县').waitFor();
    const cutoff = dialog.locator('.ant-picker input').first();
    await cutoff.click();
    await cutoff.fill(DateTime.fromJSDate(clock.now()).setZone(ZONE).toISODate()!);
    await cutoff.press('Enter');
    await dialog.locator('.ant-select', { has: page.getByRole('combobox', { name: '星级规则' }) }).click();
    await page.getByTitle(RULE_SET).click();
    await dialog.getByTestId('rule-set-thresholds').getByText('1/2/4/8/16').waitFor();
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/star-rounds\/srd-/);
    await settle(page);
    expect(await page.getByTestId('round-rule-set').textContent()).toBe(RULE_SET);

    await page.getByRole('button', { name: '生成候选名单' }).click();
    const candidates = page.getByTestId('candidates-table');
    for (const name of PEOPLE) await candidates.getByText(name).waitFor();
    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('Friday: a certificate of service is issued for a volunteer of the roster', async () => {
    const { page, errors, refusals, close } = await open();
    await signIn(page, countyAdmin.username, countyAdmin.password);
    await page.goto('/admin/certificates');
    await settle(page);
    await page.getByRole('button', { name: '签发证明' }).click();
    const dialog = page.getByRole('dialog');
    const picker = dialog.getByLabel('志愿者');
    await picker.click();
    await picker.fill(PEOPLE[0]);
    await page.getByTitle(new RegExp(`^${PEOPLE[0]} · `)).click();
    await dialog.getByRole('button', { name: /签\s*发/ }).click();
    const issued = page.getByText(/已签发证明 410122-/).first();
    await issued.waitFor();
    const number = (await issued.textContent())!.match(/410122-[\w-]+/)![0];

    // Anyone can verify it by its number: two hours of service, valid.
    const verified = await t.http.get(`/api/v1/verify/${number}`);
    expect(verified.body.status).toBe('valid');
    expect(verified.body.certificate.totals.minutes).toBe(120);
    expect(verified.body.certificate.volunteer.name).toBe(PEOPLE[0]);
    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('a volunteer signs in with the initial password, must change it, then sees its hours under the rule set that judges it', async () => {
    const login = logins.get(PEOPLE[1])!;
    const { page, errors, refusals, close } = await open();
    await signIn(page, login.username, login.password);
    await page.getByText('请先修改初始密码').waitFor();
    await page.getByLabel('当前密码').fill(login.password);
    await page.getByLabel('新密码', { exact: true }).fill('wang-jianhua-2026');
    await page.getByLabel('再次输入新密码').fill('wang-jianhua-2026');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('button', { name: '修改密码' }).waitFor();
    await settle(page);

    await page.getByTestId('account-name').getByText(`${PEOPLE[1]} · ${login.volunteerNo}`).waitFor();
    expect(await page.getByTestId('confirmed-hours').textContent()).toBe('2 小时');
    await page.getByTestId('star-rule-set').getByText(RULE_SET).waitFor();
    expect(await page.getByTestId('qualified-star').textContent()).toContain('2 星');
    // The initial password no longer opens the account.
    const again = await t.http.post('/api/v1/auth/token', {
      username: login.username,
      password: login.password,
    });
    expect(again.status).toBe(401);
    expect(refusals).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

async function addToRoster(page: Page, name: string) {
  const picker = page.getByLabel('添加志愿者');
  await picker.click();
  await picker.fill(name);
  await page.getByTitle(new RegExp(`^${name} · `)).click();
  await page.getByTestId('roster-table').getByText(name, { exact: true }).waitFor();
}
