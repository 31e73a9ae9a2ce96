import { formatDuration, hoursAndMinutes, toMinutes } from './duration';

describe('durations in hours and minutes', () => {
  it('splits minutes into whole hours and the rest', () => {
    expect(hoursAndMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(hoursAndMinutes(59)).toEqual({ hours: 0, minutes: 59 });
    expect(hoursAndMinutes(60)).toEqual({ hours: 1, minutes: 0 });
    expect(hoursAndMinutes(6030)).toEqual({ hours: 100, minutes: 30 });
  });

  it('writes them in Chinese and English, leaving out a zero part', () => {
    expect(formatDuration(750, 'zh')).toBe('12 小时 30 分钟');
    expect(formatDuration(720, 'zh')).toBe('12 小时');
    expect(formatDuration(45, 'zh')).toBe('45 分钟');
    expect(formatDuration(0, 'zh')).toBe('0 分钟');
    expect(formatDuration(750, 'en')).toBe('12 h 30 min');
    expect(formatDuration(0, 'en')).toBe('0 min');
  });

  it('keeps the sign of a change, and marks a gain when asked', () => {
    expect(formatDuration(-90, 'zh')).toBe('−1 小时 30 分钟');
    expect(formatDuration(90, 'en', true)).toBe('+1 h 30 min');
    expect(formatDuration(0, 'en', true)).toBe('0 min');
  });

  it('adds typed hours and minutes, blanks as zero', () => {
    expect(toMinutes(2, 15)).toBe(135);
    expect(toMinutes(undefined, 40)).toBe(40);
    expect(toMinutes(3, null)).toBe(180);
  });
});
