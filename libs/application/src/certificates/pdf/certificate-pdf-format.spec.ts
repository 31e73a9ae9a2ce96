import { chineseDate, hoursOf, idTypeLabel, starLevelLabel, timeSpan } from './certificate-pdf-format';

describe('what the certificate prints', () => {
  it('prints minutes as hours with at most two decimals', () => {
    expect([120, 90, 50, 1, 0].map(hoursOf)).toEqual(['2', '1.5', '0.83', '0.02', '0']);
  });

  it('prints the time of a record in China time, marking the next day', () => {
    expect(timeSpan('2026-03-05T01:00:00Z', '2026-03-05T03:30:00Z')).toBe('09:00–11:30');
    expect(timeSpan('2026-03-05T14:00:00Z', '2026-03-05T17:00:00Z')).toBe('22:00–次日01:00');
    expect(timeSpan('not a time', '2026-03-05T03:30:00Z')).toBe('');
  });

  it('names ID types in Chinese, and prints a dash once the volunteer was forgotten', () => {
    expect(idTypeLabel('resident-id')).toBe('居民身份证');
    expect(idTypeLabel('passport')).toBe('护照');
    expect(idTypeLabel(null)).toBe('—');
    expect(idTypeLabel('something-new')).toBe('something-new');
  });

  it('prints dates and star levels the Chinese way', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(starLevelLabel(0)).toBe('未评定');
    expect(starLevelLabel(3)).toBe('三星');
  });
});
