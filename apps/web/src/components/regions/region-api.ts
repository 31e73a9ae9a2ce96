import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';

/**
 * The GB/T 2260 divisions by name, from the server (GET /api/v1/regions, public and cached a day by
 * the browser): the console asks for the regions it shows, never ships the whole country.
 */
export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
}

/** GET /regions/{code}: a region with its full name (河南省郑州市中牟县) and the regions above it. */
export interface RegionView extends Region {
  readonly fullName: string;
  readonly ancestors: readonly Region[];
}

/** An entry of GET /regions?parent=: false `hasChildren` for a county. */
export interface RegionItem extends Region {
  readonly hasChildren: boolean;
}

/** null: the server knows no such region (404). */
const regions = new Map<string, RegionView | null>();
const pending = new Map<string, Promise<RegionView | null>>();
const children = new Map<string, Promise<readonly RegionItem[]>>();

/**
 * One region, asked once per page load whatever number of rows show it. A code the server does not
 * know is remembered as null; a failed call (offline, say) is not, so the next render asks again.
 */
export function loadRegion(code: string): Promise<RegionView | null> {
  if (regions.has(code)) return Promise.resolve(regions.get(code) ?? null);
  let load = pending.get(code);
  if (!load) {
    load = api
      .get<RegionView>(`/regions/${encodeURIComponent(code)}`)
      .then(
        (region) => {
          regions.set(code, region);
          return region;
        },
        (error: unknown) => {
          if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
            regions.set(code, null);
            return null;
          }
          throw error;
        },
      )
      .finally(() => pending.delete(code));
    pending.set(code, load);
  }
  return load;
}

/** The divisions directly under `parentCode`, in code order. */
export function loadChildren(parentCode: string): Promise<readonly RegionItem[]> {
  let load = children.get(parentCode);
  if (!load) {
    load = api
      .get<{ items: RegionItem[] }>('/regions', { parent: parentCode })
      .then((answer) => answer.items);
    load.catch(() => children.delete(parentCode));
    children.set(parentCode, load);
  }
  return load;
}

/** The region already known for `code` (undefined until it has been loaded; null when there is none). */
export const knownRegion = (code: string): RegionView | null | undefined => regions.get(code);

/** Forgets every answer: for tests, which each answer the calls their own way. */
export function forgetRegions(): void {
  regions.clear();
  pending.clear();
  children.clear();
}

/** The region of `code` once loaded; undefined while it loads, when it fails, or for an unknown code. */
export function useRegion(code: string | null | undefined): RegionView | undefined {
  const [, setLoaded] = useState(0);
  const known = code ? regions.get(code) : undefined;
  useEffect(() => {
    if (!code || regions.has(code)) return;
    let current = true;
    loadRegion(code).then(
      () => current && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [code]);
  return known ?? undefined;
}
