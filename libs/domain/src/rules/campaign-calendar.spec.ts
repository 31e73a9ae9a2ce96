import {
  businessDatesOf,
  CAMPAIGN_CALENDAR,
  type CampaignCalendar,
  calendarProblems,
  campaignById,
  campaignsOfPeriod,
  campaignsOverlapping,
} from './campaign-calendar';

const ids = (from: string, to: string) => campaignsOverlapping(from, to).map((entry) => entry.id);
const at = (startsAt: string, endsAt: string) => campaignsOfPeriod(startsAt, endsAt).map((entry) => entry.id);

describe('campaign calendar', () => {
  it('is sound data: unique ids, real dates, from ≤ to, multipliers ≥ 1', () => {
    expect(calendarProblems(CAMPAIGN_CALENDAR)).toEqual([]);
  });

  it('names a problem of a bad row', () => {
    const bad: CampaignCalendar = {
      ...CAMPAIGN_CALENDAR,
      entries: [
        { ...CAMPAIGN_CALENDAR.entries[0], from: '2026-03-08', to: '2026-03-01' },
        { ...CAMPAIGN_CALENDAR.entries[0], from: '2022-02-30', pointsMultiplier: 0 },
      ],
    };
    expect(calendarProblems(bad)).toEqual([
      'xueleifeng-2022: from is after to',
      'xueleifeng-2022: id used twice',
      'xueleifeng-2022: bad from',
      'xueleifeng-2022: pointsMultiplier must be at least 1',
    ]);
  });

  it('has every campaign in every year from 2022 to 2027', () => {
    for (let year = 2022; year <= 2027; year++) {
      const kinds = CAMPAIGN_CALENDAR.entries.filter((e) => e.from.startsWith(`${year}-`)).map((e) => e.kind);
      expect(kinds).toHaveLength(5);
      expect(new Set(kinds).size).toBe(5);
    }
  });

  it('the 学雷锋 week runs 1–7 March, both days included', () => {
    expect(ids('2026-02-28', '2026-02-28')).toEqual([]);
    expect(ids('2026-03-01', '2026-03-01')).toEqual(['xueleifeng-2026']);
    expect(ids('2026-03-05', '2026-03-05')).toEqual(['xueleifeng-2026']);
    expect(ids('2026-03-07', '2026-03-07')).toEqual(['xueleifeng-2026']);
    expect(ids('2026-03-08', '2026-03-08')).toEqual([]);
  });

  it('全国科技工作者日 and 国际志愿者日 are single days', () => {
    expect(ids('2026-05-30', '2026-05-30')).toEqual(['scientists-day-2026']);
    expect(ids('2026-05-29', '2026-05-29')).toEqual([]);
    expect(ids('2026-05-31', '2026-05-31')).toEqual([]);
    expect(ids('2025-12-05', '2025-12-05')).toEqual(['volunteer-day-2025']);
    expect(ids('2025-12-04', '2025-12-04')).toEqual([]);
  });

  it('September differs by year: a 科普日 week until 2024, all of September as 科普月 from 2025', () => {
    expect(ids('2023-09-16', '2023-09-16')).toEqual([]);
    expect(ids('2023-09-17', '2023-09-17')).toEqual(['science-day-2023']);
    expect(ids('2023-09-23', '2023-09-23')).toEqual(['science-day-2023']);
    expect(ids('2023-09-24', '2023-09-24')).toEqual([]);
    expect(ids('2024-09-25', '2024-09-25')).toEqual(['science-day-2024']);
    expect(ids('2024-09-01', '2024-09-01')).toEqual([]);
    expect(ids('2025-09-01', '2025-09-01')).toEqual(['science-month-2025']);
    expect(ids('2025-09-30', '2025-09-30')).toEqual(['science-month-2025']);
    expect(ids('2025-10-01', '2025-10-01')).toEqual([]);
    expect(campaignById('science-month-2026')).toMatchObject({ nameZh: '全国科普月', pointsMultiplier: 2 });
    expect(campaignById('science-day-2024')).toMatchObject({ nameZh: '全国科普日' });
  });

  it('the summer 三下乡 window is July and August', () => {
    expect(ids('2026-06-30', '2026-06-30')).toEqual([]);
    expect(ids('2026-07-01', '2026-07-01')).toEqual(['sanxiaxiang-summer-2026']);
    expect(ids('2026-08-31', '2026-08-31')).toEqual(['sanxiaxiang-summer-2026']);
    expect(ids('2026-09-01', '2026-09-01')).toEqual(['science-month-2026']);
  });

  it('a period over several campaigns falls in all of them', () => {
    expect(ids('2026-08-30', '2026-09-02')).toEqual(['science-month-2026', 'sanxiaxiang-summer-2026']);
  });

  it('a year without rows has no campaigns', () => {
    expect(ids('2030-03-05', '2030-03-05')).toEqual([]);
  });

  it('an activity falls in a campaign by its dates in Asia/Shanghai', () => {
    // 4 March 16:00 UTC is 5 March 00:00 in Shanghai.
    expect(at('2026-02-28T16:00:00Z', '2026-02-28T18:00:00Z')).toEqual(['xueleifeng-2026']);
    expect(at('2026-02-28T15:00:00Z', '2026-02-28T15:59:00Z')).toEqual([]);
    expect(at('2026-03-07T23:00:00+08:00', '2026-03-08T01:00:00+08:00')).toEqual(['xueleifeng-2026']);
  });

  it('an activity ending at midnight does not reach into the next day', () => {
    expect(businessDatesOf('2026-02-28T20:00:00+08:00', '2026-03-01T00:00:00+08:00')).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
    expect(at('2026-02-28T20:00:00+08:00', '2026-03-01T00:00:00+08:00')).toEqual([]);
    expect(at('2026-02-28T20:00:00+08:00', '2026-03-01T00:01:00+08:00')).toEqual(['xueleifeng-2026']);
  });
});
