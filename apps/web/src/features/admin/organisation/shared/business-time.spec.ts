import dayjs from 'dayjs';
import { businessToday, shanghaiWallTime, toShanghaiDateTime } from './business-time';

describe('business time (Asia/Shanghai)', () => {
  it('sends the picked wall-clock time with +08:00, whatever the browser zone', () => {
    expect(toShanghaiDateTime(dayjs('2026-03-05T09:30:45'))).toBe('2026-03-05T09:30:00+08:00');
  });

  it('shows an instant as Shanghai wall-clock time', () => {
    expect(shanghaiWallTime('2026-03-05T09:00:00+08:00')).toBe('2026-03-05 09:00');
    expect(shanghaiWallTime('2026-03-04T16:30:00Z')).toBe('2026-03-05 00:30');
    expect(shanghaiWallTime('not a time')).toBe('not a time');
  });

  it('takes today’s business date in Asia/Shanghai, not the browser’s zone', () => {
    expect(businessToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
    expect(businessToday(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});
