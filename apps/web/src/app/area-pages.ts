import { type ComponentType, lazy } from 'react';

/**
 * The pages of one area of the console (the volunteer's, the venue's, the administrators') as lazily
 * loaded components. `load` imports the area's `pages.ts`, so the bundler makes one script per area:
 * a volunteer on a phone downloads the volunteer's pages and never the administrators' registers.
 * The menu (labels and icons) stays in the console's own script; only the pages wait for their area.
 */
export function areaPages<M extends Record<string, unknown>>(load: () => Promise<M>) {
  return <K extends keyof M & string>(name: K): ComponentType =>
    lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
