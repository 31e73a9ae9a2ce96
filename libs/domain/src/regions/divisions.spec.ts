import { findRegion, isKnownRegion, regionAncestors, regionChildren, regionFullName } from './divisions';
import { isValidRegionCode } from './region-code';

describe('the GB/T 2260 divisions', () => {
  it('knows a province, a city and a county with their level and parent', () => {
    expect(findRegion('410000')).toEqual({
      code: '410000',
      name: '河南省',
      level: 'province',
      parentCode: null,
    });
    expect(findRegion('410100')).toEqual({
      code: '410100',
      name: '郑州市',
      level: 'city',
      parentCode: '410000',
    });
    expect(findRegion('410122')).toEqual({
      code: '410122',
      name: '中牟县',
      level: 'county',
      parentCode: '410100',
    });
  });

  it.each(['410000', '410100', '410122', '110000', '110101', '500229', '419001', '810000'])(
    'knows %s',
    (code) => {
      expect(isKnownRegion(code)).toBe(true);
    },
  );

  it.each([
    ['a county code no county has', '410199'],
    ['a city Henan does not have', '419900'],
    ['a well-formed code of no province', '990000'],
    ['a five-digit code', '41012'],
    ['the filler of the data for other districts', '710199'],
    ['a number', 410122],
    ['nothing', undefined],
  ])('does not know %s (%p)', (_why, code) => {
    expect(isKnownRegion(code)).toBe(false);
    expect(findRegion(code)).toBeUndefined();
  });

  it('a code may be well formed and still no real division', () => {
    expect(isValidRegionCode('410199')).toBe(true);
    expect(isKnownRegion('410199')).toBe(false);
  });

  it('lists the ancestors of a county from the province down', () => {
    expect(regionAncestors('410122').map((r) => r.code)).toEqual(['410000', '410100']);
    expect(regionAncestors('410100').map((r) => r.code)).toEqual(['410000']);
    expect(regionAncestors('410000')).toEqual([]);
    expect(regionAncestors('410199')).toEqual([]);
  });

  it('writes the full name from the province down', () => {
    expect(regionFullName('410122')).toBe('河南省郑州市中牟县');
    expect(regionFullName('410100')).toBe('河南省郑州市');
    expect(regionFullName('410000')).toBe('河南省');
    expect(regionFullName('410199')).toBeUndefined();
  });

  it('says a municipality once (北京市东城区, not 北京市北京市东城区)', () => {
    expect(findRegion('110100')).toMatchObject({ name: '北京市', level: 'city', parentCode: '110000' });
    expect(regionFullName('110101')).toBe('北京市东城区');
    expect(regionFullName('110100')).toBe('北京市');
  });

  it('leaves out the groupings of counties directly under a province or a municipality', () => {
    // 济源市 sits under 河南省 → 省直辖县 (419000); 城口县 under 重庆市 → 县 (500200).
    expect(findRegion('419001')).toMatchObject({ name: '济源市', level: 'county', parentCode: '419000' });
    expect(regionAncestors('419001').map((r) => r.name)).toEqual(['河南省', '省直辖县']);
    expect(regionFullName('419001')).toBe('河南省济源市');
    expect(regionFullName('500229')).toBe('重庆市城口县');
    // The grouping itself keeps its own name when it is the region shown.
    expect(regionFullName('419000')).toBe('河南省省直辖县');
  });

  it('lists the provinces and the divisions under a region, in code order', () => {
    const provinces = regionChildren();
    expect(provinces.map((r) => r.code)).toContain('410000');
    expect(provinces.every((r) => r.level === 'province')).toBe(true);
    expect(provinces.length).toBe(34);

    const henan = regionChildren('410000');
    expect(henan[0]).toEqual({ code: '410100', name: '郑州市', level: 'city', parentCode: '410000' });
    expect(henan.map((r) => r.code)).toContain('419000');

    const zhengzhou = regionChildren('410100').map((r) => r.code);
    expect(zhengzhou).toContain('410122');
    expect([...zhengzhou].sort()).toEqual(zhengzhou);

    expect(regionChildren('410122')).toEqual([]);
    expect(regionChildren('410199')).toEqual([]);
  });

  it('every division of the data has a known parent and a level that matches its code', () => {
    const all = [...regionChildren()];
    for (let i = 0; i < all.length; i++) all.push(...regionChildren(all[i].code));
    expect(all.length).toBeGreaterThan(3000);
    for (const region of all) {
      expect(isValidRegionCode(region.code)).toBe(true);
      if (region.parentCode !== null) expect(isKnownRegion(region.parentCode)).toBe(true);
    }
  });
});
