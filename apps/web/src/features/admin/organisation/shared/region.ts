/**
 * Region codes after GB/T 2260 (410000 Henan province, 410100 Zhengzhou city, 410122 Zhongmu county).
 * The console checks them as the API does, so a form says what is wrong before it is sent.
 */
export type RegionLevel = 'province' | 'city' | 'county';

export function isRegionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code) || code.startsWith('00')) return false;
  // A county code needs a city part: 4100yy is neither a city nor a county.
  return !(code.slice(2, 4) === '00' && code.slice(4) !== '00');
}

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** `code` lies inside `scope` (a region contains itself). */
export function regionWithin(scope: string, code: string): boolean {
  const level = regionLevel(scope);
  const prefix = level === 'province' ? scope.slice(0, 2) : level === 'city' ? scope.slice(0, 4) : scope;
  return code.startsWith(prefix);
}

/**
 * The codes from `scope` down to `code`, by their digits (scope 410000, code 410122 → 410000, 410100,
 * 410122): the choices of the region cascader. Just `[code]` when `code` lies outside `scope`.
 */
export function regionPath(scope: string, code: string): string[] {
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  const level = regionLevel(code);
  const full =
    level === 'province' ? [province] : level === 'city' ? [province, city] : [province, city, code];
  const start = full.indexOf(scope);
  return start < 0 ? [code] : full.slice(start);
}
