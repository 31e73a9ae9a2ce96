import type { Browser } from 'playwright-core';
import { launchChromium, PHONE, screenshot, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(120_000);

describe('the console in a browser: signing in', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('serves the console at / with the API beside it', async () => {
    const { page, errors, close } = await world.open(browser);
    await page.goto('/');
    await page.waitForURL('**/login');
    expect(await page.title()).toContain('科技志愿服务台账');
    const health = await page.evaluate(async () => (await fetch('/health')).status);
    expect(health).toBe(200);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['volunteer', '/volunteer'],
    ['venue', '/venue'],
    ['countyAdmin', '/admin'],
  ] as const)('a %s lands on its own area, and another area sends it home', async (who, home) => {
    const { page, errors, close } = await world.open(browser);
    const account = world[who];
    // Each area's pages are a script of their own (area-pages.ts): only this area's is downloaded.
    const scripts: string[] = [];
    page.on('request', (request) => {
      const name = /\/assets\/(\w+)-pages-[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
      if (name) scripts.push(name);
    });
    await signIn(page, account.username, account.password);
    expect(new URL(page.url()).pathname).toBe(home);
    // A volunteer is shown by its name and volunteer number (they replace the username once read).
    const shown =
      who === 'volunteer' ? new RegExp(`^${world.volunteer.name} · 410122-\\d{4}-\\d{6}$`) : account.username;
    const name = page.getByTestId('account-name');
    await name.filter({ hasText: shown }).waitFor({ timeout: 10_000 });
    if (typeof shown === 'string') expect(await name.textContent()).toBe(shown);
    await settle(page);
    expect(scripts).toEqual([home.slice(1)]);
    const elsewhere = home === '/admin' ? '/volunteer' : '/admin';
    await page.goto(elsewhere);
    await page.waitForURL((url) => url.pathname.startsWith(home));
    expect(errors).toEqual([]);
    await close();
  });

  it('on a phone, the menu opens from the header over the page, and a choice closes it', async () => {
    const { page, errors, close } = await world.open(browser, PHONE);
    await signIn(page, world.volunteer.username, world.volunteer.password);
    await settle(page);
    // Folded away (after antd's fold animation), so the page has the whole width.
    const folded = () =>
      page.waitForFunction(
        () => document.querySelector('.ant-layout-sider')!.getBoundingClientRect().width < 1,
      );
    await folded();
    await page.getByTestId('menu-button').click();
    await page.getByRole('menuitem', { name: '变动明细' }).first().waitFor();
    await screenshot(page, 'volunteer-menu-phone');
    await page.getByRole('menuitem', { name: '变动明细' }).first().click();
    await page.waitForURL('**/volunteer/history');
    await page.waitForFunction(
      () => document.querySelector('.ant-layout-sider')!.getBoundingClientRect().width === 0,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('says a wrong password in words and stays on the sign-in page', async () => {
    const { page, close } = await world.open(browser);
    await page.goto('/login');
    await page.getByLabel('用户名').fill(world.volunteer.username);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await close();
  });

  it('switches to English and remembers it', async () => {
    const { page, close } = await world.open(browser);
    await page.goto('/login');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await close();
  });
});
