import { configure } from '@testing-library/react';

/**
 * jsdom lacks a few browser APIs that antd reads at render time (responsive grid, resize
 * observers). These stand-ins answer as a wide desktop screen would.
 */
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStandIn {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStandIn;

/**
 * jsdom computes a style by matching every rule of every style sheet against the element, on every
 * call; antd injects thousands of rules, and testing-library's role queries ask for the style of each
 * ancestor of each candidate. That made a page's test take a minute and a half. jsdom does no layout,
 * so a style sheet's sizes mean nothing here; what the tests need from a computed style is whether an
 * element is hidden. This answers the element's own inline style (how antd shows and hides its
 * dialogs, drawers and motion), plus `display: none` for antd's `*-hidden` classes (closed dropdowns,
 * pickers, tooltips and popovers). It also takes no pseudo-element: antd measures scrollbars through
 * getComputedStyle(el, '::-webkit-scrollbar'), which jsdom refuses. Box sizes default to zero, as a
 * computed style always has a value (antd's auto-sizing text areas add them up). The price: an
 * element hidden by some other style sheet rule reads as shown here, so a test of "not visible" must
 * rest on the inline style, the `hidden` attribute, an antd `*-hidden` class, or the element's absence.
 */
const ANTD_HIDDEN_CLASS = /(^|\s)ant-[\w-]+-hidden(\s|$)/;
const COMPUTED_DEFAULTS = 'padding: 0px; margin: 0px; border-width: 0px; box-sizing: content-box;';
window.getComputedStyle = (element: Element): CSSStyleDeclaration => {
  const computed = document.createElement('div').style;
  computed.cssText = `${COMPUTED_DEFAULTS} ${(element as HTMLElement).style?.cssText ?? ''}`;
  if (ANTD_HIDDEN_CLASS.test(element.getAttribute('class') ?? '')) computed.display = 'none';
  return computed;
};

// A page's first render under jsdom takes about a second; a loaded machine (the end-to-end files run
// beside these) can make it a few. Beyond that something is wrong, and the test says so.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
