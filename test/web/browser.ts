import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, errors, type Page } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core: never a downloaded browser. `.ci/run` installs the
 * package; LEDGER_CHROMIUM points elsewhere when needed. A missing browser fails the suite loudly,
 * it is never skipped.
 */
export const CHROMIUM = process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium';

/** Where the browser tests leave their screenshots (named in the README). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'docs', 'screenshots');

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 375, height: 812 } as const;

/** How the suite runs Chromium: headless as root, and quiet on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // This machine's network is closed: without these Chromium keeps calling home and logging refusals.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // The counter's camera: a fake device, so the scanner can start without a person to allow it.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM}. Install Debian's package (apt-get install chromium), as .ci/run does, or set LEDGER_CHROMIUM.`,
    );
  }
}

/** Set by the browser project's global set-up: the one Chromium every test file of the run shares. */
export const CHROMIUM_ENDPOINT_VARIABLE = 'LEDGER_CHROMIUM_WS_ENDPOINT';

/**
 * The run's shared Chromium (a browser context per page keeps the tests apart), or a browser of its
 * own when a file runs outside the browser project. Closing a shared one only disconnects.
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env[CHROMIUM_ENDPOINT_VARIABLE];
  if (endpoint) return chromium.connect(endpoint);
  assertChromiumInstalled();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A page whose console errors, uncaught exceptions and failed API answers are kept for assertions. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** console.error lines and uncaught exceptions (React and antd warnings arrive as console.error). */
  readonly errors: string[];
  /** API answers with a 4xx/5xx status, as "METHOD path → status". */
  readonly refusals: string[];
  close(): Promise<void>;
}

/**
 * `now` sets the browser's clock (it runs on from there) to the server's business time, so that what
 * the console works out from today, such as a notice's countdown, agrees with the ledger.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = DESKTOP,
  now?: Date,
): Promise<WatchedPage> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({
    baseURL,
    viewport,
    isMobile: phone,
    hasTouch: phone,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  if (now) await context.clock.install({ time: now });
  const page = await context.newPage();
  const errors: string[] = [];
  const refusals: string[] = [];
  page.on('console', (message) => {
    // The browser's own line for a 4xx answer duplicates `refusals`, which each test judges itself.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      const url = new URL(response.url());
      refusals.push(`${response.request().method()} ${url.pathname} → ${response.status()}`);
    }
  });
  return { page, context, errors, refusals, close: () => context.close() };
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByTestId('account-name').waitFor();
}

/**
 * Waits until the console has rendered its frame (or the sign-in form, or a result page), no request
 * is in flight, and antd's spinners and skeletons are gone. The network goes idle before React has
 * painted, so the frame is waited for first. A spinner or skeleton still there after 15 s fails the
 * test: a page that never finishes loading is a defect, not a page to look at.
 */
export async function settle(page: Page): Promise<void> {
  await page.locator('[data-testid="account-name"], form[name="sign-in"], .ant-result').first().waitFor();
  await page.waitForLoadState('networkidle');
  for (const [selector, what] of [
    ['.ant-skeleton-active', 'a loading skeleton'],
    ['.ant-spin-spinning', 'a spinner'],
  ] as const) {
    try {
      await page.locator(selector).first().waitFor({ state: 'detached', timeout: 15_000 });
    } catch (error) {
      if (!(error instanceof errors.TimeoutError)) throw error;
      throw new Error(`${what} was still on ${page.url()} after 15 s`);
    }
  }
}

/** Screenshots are written only when asked for (`npm run screenshots`), so a test run leaves the tree clean. */
export const SCREENSHOTS_WANTED = process.env.LEDGER_SCREENSHOTS === '1';

export async function screenshot(page: Page, name: string): Promise<string | undefined> {
  if (!SCREENSHOTS_WANTED) return undefined;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** True when the page is wider than the screen (the phone views must not scroll sideways). */
export const overflowsHorizontally = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
