import { isRegionCode, regionLevel, regionWithin } from './region';

describe('region codes', () => {
  it('knows the three levels', () => {
    expect(regionLevel('410000')).toBe('province');
    expect(regionLevel('410100')).toBe('city');
    expect(regionLevel('410122')).toBe('county');
  });

  it('refuses malformed codes', () => {
    expect(isRegionCode('410122')).toBe(true);
    expect(isRegionCode('41012')).toBe(false);
    expect(isRegionCode('4101220')).toBe(false);
    expect(isRegionCode('410012')).toBe(false);
    expect(isRegionCode('000000')).toBe(false);
    expect(isRegionCode('41a122')).toBe(false);
  });

  it('a province holds its cities and counties; a city its counties; a county only itself', () => {
    expect(regionWithin('410000', '410122')).toBe(true);
    expect(regionWithin('410000', '420100')).toBe(false);
    expect(regionWithin('410100', '410122')).toBe(true);
    expect(regionWithin('410100', '410200')).toBe(false);
    expect(regionWithin('410122', '410122')).toBe(true);
    expect(regionWithin('410122', '410100')).toBe(false);
  });
});
