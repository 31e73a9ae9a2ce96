import { type RegionLevel, regionLevel } from '../regions/region-code';
import type { StarWindow } from './star-rule-set';

/** The star level (0–5) that confirmed minutes reach under a set's thresholds (whole hours). */
export function starLevelFor(confirmedMinutes: number, thresholdsHours: readonly number[]): number {
  let level = 0;
  for (const hours of thresholdsHours) if (confirmedMinutes >= hours * 60) level++;
  return level;
}

/**
 * The service dates a round counts: on or before the cutoff, and for a calendar-year window only
 * those of the cutoff's own year. `from` is null for a cumulative window.
 */
export function qualificationWindow(
  cutoff: string,
  window: StarWindow,
): { readonly from: string | null; readonly to: string } {
  return { from: window === 'calendar-year' ? `${cutoff.slice(0, 4)}-01-01` : null, to: cutoff };
}

/** Who certifies a star (认定): 1–2★ a county, 3–4★ a city, 5★ a province. */
export function certifyingLevelOf(star: number): RegionLevel {
  return star >= 5 ? 'province' : star >= 3 ? 'city' : 'county';
}

/** The highest star an administrator of the region may certify. */
export function highestCertifiableStar(regionCode: string): number {
  switch (regionLevel(regionCode)) {
    case 'province':
      return 5;
    case 'city':
      return 4;
    case 'county':
      return 2;
  }
}

/**
 * The region codes inside a region, as a half-open string range [from, to): GB/T 2260 codes share
 * the province's two digits or the city's four, so an index on the code answers "inside" at once.
 */
export function regionCodeRange(regionCode: string): { readonly from: string; readonly to: string } {
  const level = regionLevel(regionCode);
  const prefix =
    level === 'province' ? regionCode.slice(0, 2) : level === 'city' ? regionCode.slice(0, 4) : regionCode;
  // ':' sorts right after '9'.
  return { from: prefix, to: `${prefix}:` };
}
