import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, PHONE, settle, signIn } from './browser';
import { startWebWorld, type WebWorld } from './web-world';

jest.setTimeout(180_000);

interface Box {
  readonly what: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("the pilot dashboard's chart", () => {
  let world: WebWorld;
  let browser: Browser;

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWebWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.t.close();
  });

  for (const [screen, viewport] of [
    ['a desktop', DESKTOP],
    ['a phone', PHONE],
  ] as const) {
    it(`on ${screen}, shows the plan's label clear of every bar and every figure`, async () => {
      const { page, errors, close } = await world.open(browser, viewport);
      await signIn(page, world.countyAdmin.username, world.countyAdmin.password);
      await page.goto('/admin');
      await settle(page);
      const label = page.getByTestId('chart-reference-label').first();
      await label.waitFor();
      expect(await label.textContent()).toMatch(/^应达 \d+%$/);
      const boxes = await label.evaluate((element) => {
        const svg = element.closest('svg')!;
        const box = (node: Element, what: string) => {
          const r = node.getBoundingClientRect();
          return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        return {
          label: box(element, 'label'),
          others: [
            ...[...svg.querySelectorAll('rect')].map((rect, i) => box(rect, `bar ${i + 1}`)),
            ...[...svg.querySelectorAll('text')]
              .filter((text) => text !== element)
              .map((text) => box(text, `text "${text.textContent}"`)),
          ],
        };
      });
      expect(boxes.others.filter((other) => other.what.startsWith('bar')).length).toBeGreaterThanOrEqual(4);
      expect(boxes.others.filter((other) => overlaps(boxes.label, other))).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
