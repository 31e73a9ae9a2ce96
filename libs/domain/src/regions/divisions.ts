import { areaList } from '@vant/area-data';
import { type RegionLevel, regionLevel } from './region-code';

/**
 * The administrative divisions of GB/T 2260 as data (provinces, cities, counties with their six-digit
 * codes), from the maintained package @vant/area-data rather than a table typed by hand: docs/regions.md
 * says why that package and how to update it. The ledger's codes are the same six digits (410000 Henan
 * province, 410100 Zhengzhou city, 410122 Zhongmu county), so a code is looked up as it is.
 *
 * Pure: the table is built once from the package's data, nothing is read at run time.
 *
 * Kept apart from region-code.ts on purpose: that file (the syntax of a code, containment, levels) is
 * small enough for the console to share; this one carries the whole country and stays on the server.
 */
export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** The province of a city; the city of a county (or its province when the data has no city for it); null for a province. */
  readonly parentCode: string | null;
}

/**
 * Groupings that are no place of their own: the cities of 直辖县 (河南省 → 省直辖县 → 济源市), the 县 of
 * Chongqing, the 市辖区 of a city. A full name leaves them out: 河南省济源市, 重庆市城口县.
 */
const GROUPING_NAMES = new Set(['省直辖县', '省直辖县级行政区划', '自治区直辖县级行政区划', '县', '市辖区']);

/** The package's own filler for "other districts" of Taiwan's cities (710199 其它区): no division, not a code. */
const FILLER_NAMES = new Set(['其它区']);

function buildTable(): ReadonlyMap<string, Region> {
  const table = new Map<string, Region>();
  const lists = [areaList.province_list, areaList.city_list, areaList.county_list];
  for (const list of lists) {
    for (const [code, name] of Object.entries(list)) {
      if (!/^\d{6}$/.test(code) || FILLER_NAMES.has(name)) continue;
      const level = regionLevel(code);
      const province = `${code.slice(0, 2)}0000`;
      const city = `${code.slice(0, 4)}00`;
      const parentCode =
        level === 'province' ? null : level === 'city' ? province : table.has(city) ? city : province;
      table.set(code, { code, name, level, parentCode });
    }
  }
  return table;
}

const TABLE = buildTable();

const CHILDREN: ReadonlyMap<string | null, readonly Region[]> = (() => {
  const children = new Map<string | null, Region[]>();
  for (const region of TABLE.values()) {
    const list = children.get(region.parentCode) ?? [];
    list.push(region);
    children.set(region.parentCode, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return children;
})();

/** The division with this code, or undefined when GB/T 2260 has none (or the value is no code at all). */
export function findRegion(code: unknown): Region | undefined {
  return typeof code === 'string' ? TABLE.get(code) : undefined;
}

/** True when `code` names a real province, city or county of GB/T 2260 (410122 yes, 410199 no). */
export function isKnownRegion(code: unknown): code is string {
  return findRegion(code) !== undefined;
}

/** The divisions above `code`, the province first (410122 → 河南省, 郑州市); empty for a province or an unknown code. */
export function regionAncestors(code: string): Region[] {
  const out: Region[] = [];
  let parent = findRegion(code)?.parentCode ?? null;
  while (parent !== null) {
    const region = TABLE.get(parent);
    if (!region) break;
    out.unshift(region);
    parent = region.parentCode;
  }
  return out;
}

/**
 * The name as a county office writes it, from the province down: 河南省郑州市中牟县. Groupings are left
 * out (河南省济源市, 重庆市城口县) and a city named as its municipality is said once (北京市东城区).
 * Undefined for an unknown code.
 */
export function regionFullName(code: string): string | undefined {
  const region = findRegion(code);
  if (!region) return undefined;
  const names: string[] = [];
  for (const above of regionAncestors(code)) {
    if (GROUPING_NAMES.has(above.name) || names[names.length - 1] === above.name) continue;
    names.push(above.name);
  }
  if (names[names.length - 1] !== region.name) names.push(region.name);
  return names.join('');
}

/** The provinces (no parent) or the divisions directly under `parentCode`, in code order; empty when it has none. */
export function regionChildren(parentCode: string | null = null): readonly Region[] {
  return CHILDREN.get(parentCode) ?? [];
}
