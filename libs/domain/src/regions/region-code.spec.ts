import { isAtLeastLevel, isValidRegionCode, regionContains, regionLevel } from './region-code';

describe('region codes (GB/T 2260)', () => {
  it.each(['410000', '410100', '410122', '110101', '810000'])('accepts %s', (code) => {
    expect(isValidRegionCode(code)).toBe(true);
  });

  it.each(['41000', '4100000', '990000', '410011', 'abcdef', '', 410000, null])('refuses %p', (code) => {
    expect(isValidRegionCode(code)).toBe(false);
  });

  it('knows the level of a code', () => {
    expect(regionLevel('410000')).toBe('province');
    expect(regionLevel('410100')).toBe('city');
    expect(regionLevel('410122')).toBe('county');
  });

  it('a province contains its cities and counties and nothing of other provinces', () => {
    expect(regionContains('410000', '410000')).toBe(true);
    expect(regionContains('410000', '410100')).toBe(true);
    expect(regionContains('410000', '410122')).toBe(true);
    expect(regionContains('410000', '420100')).toBe(false);
  });

  it('a city contains its counties, not its province nor its sibling cities', () => {
    expect(regionContains('410100', '410122')).toBe(true);
    expect(regionContains('410100', '410100')).toBe(true);
    expect(regionContains('410100', '410000')).toBe(false);
    expect(regionContains('410100', '410200')).toBe(false);
    expect(regionContains('410100', '410222')).toBe(false);
  });

  it('a county contains only itself', () => {
    expect(regionContains('410122', '410122')).toBe(true);
    expect(regionContains('410122', '410100')).toBe(false);
    expect(regionContains('410122', '410123')).toBe(false);
  });

  it('ranks levels', () => {
    expect(isAtLeastLevel('410000', 'city')).toBe(true);
    expect(isAtLeastLevel('410100', 'city')).toBe(true);
    expect(isAtLeastLevel('410122', 'city')).toBe(false);
  });
});
