/**
 * Region codes after GB/T 2260: six digits, two for the province, two for the city (prefecture),
 * two for the county. 410000 is Henan province, 410100 Zhengzhou city, 410122 Zhongmu county.
 * An administrator of a region acts on everything inside it and nothing outside.
 */
export type RegionLevel = 'province' | 'city' | 'county';

/** Province-level codes of GB/T 2260 (including Taiwan, Hong Kong and Macao). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export function isValidRegionCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  if (!PROVINCES.has(code.slice(0, 2))) return false;
  // A county code needs a city part: 41xx00 with xx = 00 is the province itself, never 4100yy.
  return !(code.slice(2, 4) === '00' && code.slice(4) !== '00');
}

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The digits that every region inside `code` shares. */
function scopePrefix(code: string): string {
  switch (regionLevel(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    case 'county':
      return code;
  }
}

/** True when `inner` lies within `outer` (a region contains itself). */
export function regionContains(outer: string, inner: string): boolean {
  return inner.startsWith(scopePrefix(outer));
}

const LEVEL_RANK: Record<RegionLevel, number> = { county: 1, city: 2, province: 3 };

/** True when `code` is at `level` or above it (a province ranks above a city, a city above a county). */
export function isAtLeastLevel(code: string, level: RegionLevel): boolean {
  return LEVEL_RANK[regionLevel(code)] >= LEVEL_RANK[level];
}
