import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, PHONE, screenshot, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(180_000);

const businessDate = (instant: Date, days = 0) =>
  new Date(instant.getTime() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('the console in a browser: a volunteer and a partner venue', () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  it('a volunteer sees its hours, asks for a certificate on a phone and downloads its PDF', async () => {
    const { page, errors, close } = await world.open(browser, PHONE);
    await signIn(page, world.volunteer.username, world.volunteer.password);
    await settle(page);
    const summary = (
      await world.volunteer.client.get(`/api/v1/volunteers/${world.volunteer.volunteerId}/summary`)
    ).body;
    expect(summary.confirmedMinutes).toBe(120);
    expect(await page.getByTestId('confirmed-hours').textContent()).toBe('2 小时');

    await page.goto('/volunteer/certificates');
    await settle(page);
    const start = page.getByPlaceholder('开始日期');
    await start.click();
    await start.fill(businessDate(world.clock.now(), -30));
    await start.press('Enter');
    const end = page.getByPlaceholder('结束日期');
    await end.fill(businessDate(world.clock.now()));
    await end.press('Enter');
    await page.getByRole('button', { name: '申请证明' }).click();
    const issued = page.getByTestId('issued-certificate');
    await issued.waitFor();
    const number = /410122-\d{4}-\d{6}/.exec((await issued.textContent()) ?? '')?.[0];
    expect(number).toBeDefined();
    await screenshot(page, 'volunteer-certificate-issued-phone');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      issued.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toContain(number);
    // The browser is shared over a connection: the file is copied here rather than read where it landed.
    const folder = mkdtempSync(join(tmpdir(), 'ledger-download-'));
    try {
      await download.saveAs(join(folder, 'certificate.pdf'));
      const pdf = readFileSync(join(folder, 'certificate.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // The certificate the browser asked for is the ledger's: it verifies publicly by its number.
    const verified = await world.t.http.get(`/api/v1/verify/${number}`);
    expect(verified.body).toMatchObject({ valid: true, status: 'valid' });
    expect(verified.body.certificate.totals.minutes).toBe(120);
    expect(errors).toEqual([]);
    await close();
  });

  it("a venue redeems a benefit with the volunteer's one-time code: look up, hold, capture", async () => {
    const volunteer = await world.open(browser, PHONE);
    await signIn(volunteer.page, world.volunteer.username, world.volunteer.password);
    await volunteer.page.goto('/volunteer/redeem');
    await settle(volunteer.page);
    await volunteer.page.getByRole('button', { name: '生成兑换码' }).click();
    const shown = volunteer.page.getByTestId('redemption-code');
    await shown.waitFor();
    const code = ((await shown.textContent()) ?? '').replace(/\D/g, '');
    expect(code).toMatch(/^\d{16}$/);
    expect(await volunteer.page.locator('img[src^="data:image/png"]').count()).toBeGreaterThan(0);
    await screenshot(volunteer.page, 'volunteer-redemption-code-phone');
    const pointsBefore = (
      await world.volunteer.client.get(`/api/v1/volunteers/${world.volunteer.volunteerId}/summary`)
    ).body.points.available;

    const venue = await world.open(browser, PHONE);
    await signIn(venue.page, world.venue.username, world.venue.password);
    await settle(venue.page);
    await venue.page.getByTestId('volunteer-code-input').fill(code.replace(/(\d{4})(?=\d)/g, '$1 '));
    await venue.page.getByRole('button', { name: '查询', exact: true }).click();
    await venue.page.getByTestId('lookup-volunteer').waitFor();
    expect(await venue.page.getByTestId('lookup-points').textContent()).toBe(String(pointsBefore));
    const benefit = venue.page.getByTestId('lookup-benefit').filter({ hasText: '科技馆特展门票一张' });
    await benefit.getByRole('button', { name: '预留' }).click();
    const held = venue.page.getByTestId('held-redemption');
    await held.waitFor();
    await screenshot(venue.page, 'venue-redemption-held-phone');
    await held.getByRole('button', { name: '核销' }).click();
    await venue.page.getByText('已核销').first().waitFor();

    const list = await world.venue.client.get(`/api/v1/partners/${world.venue.partnerId}/redemptions`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      benefitId: world.venue.benefitId,
      status: 'captured',
      points: 10,
    });
    const after = (
      await world.volunteer.client.get(`/api/v1/volunteers/${world.volunteer.volunteerId}/summary`)
    ).body.points;
    expect(after.available).toBe(pointsBefore - 10);
    expect(after.spent).toBe(10);

    // The code was used by the hold: looking it up again is refused, in words.
    await venue.page.goto('/venue');
    await settle(venue.page);
    await venue.page.getByTestId('volunteer-code-input').fill(code);
    await venue.page.getByRole('button', { name: '查询', exact: true }).click();
    await venue.page.getByText('兑换码无效、已使用或已过期').first().waitFor();

    await venue.page.goto('/venue/redemptions');
    await settle(venue.page);
    await venue.page.getByText('科技馆特展门票一张').first().waitFor();
    expect(volunteer.errors).toEqual([]);
    expect(venue.errors).toEqual([]);
    await volunteer.close();
    await venue.close();
  });
});
