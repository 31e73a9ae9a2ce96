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

// antd measures scrollbars through getComputedStyle(el, '::-webkit-scrollbar'); jsdom refuses pseudo-elements.
const computedStyleOf = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyleOf(element);
export {};

// Rendering antd under jsdom is slow on a busy two-core machine: whole pages take tens of seconds.
jest.setTimeout(120_000);
