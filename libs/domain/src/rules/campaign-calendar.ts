import { DateTime } from 'luxon';

/**
 * The campaign calendar (重要时间节点) as data: the days on which the pilot plan asks for
 * activities, and on which service points are multiplied (the incentives feature reads
 * `pointsMultiplier`). Every year's entries are explicit rows, because the dates move: 全国科普日
 * was one week in September until 2024 (each year its own week), and since the revised
 * 《科学技术普及法》 of 2024-12-25 all of September is 全国科普月. A year without rows has no
 * campaigns: add the rows before it starts.
 *
 * Dates are business dates in Asia/Shanghai, `from` and `to` both inclusive.
 */
export type CampaignKind =
  'xueleifeng' | 'scientists-day' | 'science-day' | 'science-month' | 'volunteer-day' | 'sanxiaxiang-summer';

export interface CampaignEntry {
  /** Stable id recorded in events (`xueleifeng-2026`): never reuse one for other dates. */
  readonly id: string;
  readonly kind: CampaignKind;
  readonly name: string;
  readonly nameZh: string;
  readonly from: string;
  readonly to: string;
  /** Service points earned inside the campaign are multiplied by this (incentives feature). */
  readonly pointsMultiplier: number;
}

export interface CampaignCalendar {
  readonly version: string;
  readonly timeZone: string;
  readonly entries: readonly CampaignEntry[];
}

const XUELEIFENG = {
  kind: 'xueleifeng',
  name: 'Learn from Lei Feng week',
  nameZh: '学雷锋志愿服务周',
} as const;
const SCIENTISTS_DAY = {
  kind: 'scientists-day',
  name: 'National Science and Technology Workers Day',
  nameZh: '全国科技工作者日',
} as const;
const SCIENCE_DAY = {
  kind: 'science-day',
  name: 'National Science Popularisation Day',
  nameZh: '全国科普日',
} as const;
const SCIENCE_MONTH = {
  kind: 'science-month',
  name: 'National Science Popularisation Month',
  nameZh: '全国科普月',
} as const;
const VOLUNTEER_DAY = {
  kind: 'volunteer-day',
  name: 'International Volunteer Day',
  nameZh: '国际志愿者日',
} as const;
const SANXIAXIANG = {
  kind: 'sanxiaxiang-summer',
  name: 'Summer "three to the countryside" (culture, science and health)',
  nameZh: '暑期文化科技卫生“三下乡”',
} as const;

export const CAMPAIGN_CALENDAR: CampaignCalendar = {
  version: 'campaign-calendar-v1',
  timeZone: 'Asia/Shanghai',
  entries: [
    // 学雷锋: 5 March is 学雷锋纪念日; the week of 1–7 March holds it and the local 学雷锋 service days.
    { id: 'xueleifeng-2022', ...XUELEIFENG, from: '2022-03-01', to: '2022-03-07', pointsMultiplier: 2 },
    { id: 'xueleifeng-2023', ...XUELEIFENG, from: '2023-03-01', to: '2023-03-07', pointsMultiplier: 2 },
    { id: 'xueleifeng-2024', ...XUELEIFENG, from: '2024-03-01', to: '2024-03-07', pointsMultiplier: 2 },
    { id: 'xueleifeng-2025', ...XUELEIFENG, from: '2025-03-01', to: '2025-03-07', pointsMultiplier: 2 },
    { id: 'xueleifeng-2026', ...XUELEIFENG, from: '2026-03-01', to: '2026-03-07', pointsMultiplier: 2 },
    { id: 'xueleifeng-2027', ...XUELEIFENG, from: '2027-03-01', to: '2027-03-07', pointsMultiplier: 2 },
    // 全国科技工作者日: 30 May, since 2017.
    {
      id: 'scientists-day-2022',
      ...SCIENTISTS_DAY,
      from: '2022-05-30',
      to: '2022-05-30',
      pointsMultiplier: 2,
    },
    {
      id: 'scientists-day-2023',
      ...SCIENTISTS_DAY,
      from: '2023-05-30',
      to: '2023-05-30',
      pointsMultiplier: 2,
    },
    {
      id: 'scientists-day-2024',
      ...SCIENTISTS_DAY,
      from: '2024-05-30',
      to: '2024-05-30',
      pointsMultiplier: 2,
    },
    {
      id: 'scientists-day-2025',
      ...SCIENTISTS_DAY,
      from: '2025-05-30',
      to: '2025-05-30',
      pointsMultiplier: 2,
    },
    {
      id: 'scientists-day-2026',
      ...SCIENTISTS_DAY,
      from: '2026-05-30',
      to: '2026-05-30',
      pointsMultiplier: 2,
    },
    {
      id: 'scientists-day-2027',
      ...SCIENTISTS_DAY,
      from: '2027-05-30',
      to: '2027-05-30',
      pointsMultiplier: 2,
    },
    // 全国科普日: the week the 中国科协 notice of each year set (around the third weekend of September).
    { id: 'science-day-2022', ...SCIENCE_DAY, from: '2022-09-15', to: '2022-09-21', pointsMultiplier: 2 },
    { id: 'science-day-2023', ...SCIENCE_DAY, from: '2023-09-17', to: '2023-09-23', pointsMultiplier: 2 },
    { id: 'science-day-2024', ...SCIENCE_DAY, from: '2024-09-15', to: '2024-09-25', pointsMultiplier: 2 },
    // 全国科普月: every September from 2025 (科学技术普及法, revised 2024-12-25).
    { id: 'science-month-2025', ...SCIENCE_MONTH, from: '2025-09-01', to: '2025-09-30', pointsMultiplier: 2 },
    { id: 'science-month-2026', ...SCIENCE_MONTH, from: '2026-09-01', to: '2026-09-30', pointsMultiplier: 2 },
    { id: 'science-month-2027', ...SCIENCE_MONTH, from: '2027-09-01', to: '2027-09-30', pointsMultiplier: 2 },
    // 国际志愿者日: 5 December.
    { id: 'volunteer-day-2022', ...VOLUNTEER_DAY, from: '2022-12-05', to: '2022-12-05', pointsMultiplier: 2 },
    { id: 'volunteer-day-2023', ...VOLUNTEER_DAY, from: '2023-12-05', to: '2023-12-05', pointsMultiplier: 2 },
    { id: 'volunteer-day-2024', ...VOLUNTEER_DAY, from: '2024-12-05', to: '2024-12-05', pointsMultiplier: 2 },
    { id: 'volunteer-day-2025', ...VOLUNTEER_DAY, from: '2025-12-05', to: '2025-12-05', pointsMultiplier: 2 },
    { id: 'volunteer-day-2026', ...VOLUNTEER_DAY, from: '2026-12-05', to: '2026-12-05', pointsMultiplier: 2 },
    { id: 'volunteer-day-2027', ...VOLUNTEER_DAY, from: '2027-12-05', to: '2027-12-05', pointsMultiplier: 2 },
    // 三下乡: the students' summer social-practice window (暑期社会实践), July and August.
    {
      id: 'sanxiaxiang-summer-2022',
      ...SANXIAXIANG,
      from: '2022-07-01',
      to: '2022-08-31',
      pointsMultiplier: 2,
    },
    {
      id: 'sanxiaxiang-summer-2023',
      ...SANXIAXIANG,
      from: '2023-07-01',
      to: '2023-08-31',
      pointsMultiplier: 2,
    },
    {
      id: 'sanxiaxiang-summer-2024',
      ...SANXIAXIANG,
      from: '2024-07-01',
      to: '2024-08-31',
      pointsMultiplier: 2,
    },
    {
      id: 'sanxiaxiang-summer-2025',
      ...SANXIAXIANG,
      from: '2025-07-01',
      to: '2025-08-31',
      pointsMultiplier: 2,
    },
    {
      id: 'sanxiaxiang-summer-2026',
      ...SANXIAXIANG,
      from: '2026-07-01',
      to: '2026-08-31',
      pointsMultiplier: 2,
    },
    {
      id: 'sanxiaxiang-summer-2027',
      ...SANXIAXIANG,
      from: '2027-07-01',
      to: '2027-08-31',
      pointsMultiplier: 2,
    },
  ],
};

/**
 * The business dates (Asia/Shanghai) a period occupies. An end at exactly midnight occupies
 * nothing of the day it reaches, so 5 March 20:00 → 6 March 00:00 is a 5 March activity.
 */
export function businessDatesOf(
  startsAt: string,
  endsAt: string,
  timeZone = CAMPAIGN_CALENDAR.timeZone,
): { from: string; to: string } {
  const start = DateTime.fromISO(startsAt, { setZone: true }).setZone(timeZone);
  const end = DateTime.fromISO(endsAt, { setZone: true }).setZone(timeZone);
  if (!start.isValid || !end.isValid) throw new RangeError('startsAt and endsAt must be ISO-8601 instants');
  const from = start.toISODate()!;
  const lastInstant = end > start ? end.minus({ milliseconds: 1 }) : start;
  return { from, to: lastInstant.toISODate()! };
}

/** The entries whose dates overlap the business dates `from`..`to` (inclusive, YYYY-MM-DD). */
export function campaignsOverlapping(
  from: string,
  to: string,
  calendar: CampaignCalendar = CAMPAIGN_CALENDAR,
): CampaignEntry[] {
  // ISO dates compare correctly as strings.
  return calendar.entries.filter((entry) => entry.from <= to && entry.to >= from);
}

/** The campaigns an activity from `startsAt` to `endsAt` falls in. */
export function campaignsOfPeriod(
  startsAt: string,
  endsAt: string,
  calendar: CampaignCalendar = CAMPAIGN_CALENDAR,
): CampaignEntry[] {
  const { from, to } = businessDatesOf(startsAt, endsAt, calendar.timeZone);
  return campaignsOverlapping(from, to, calendar);
}

export function campaignById(
  id: string,
  calendar: CampaignCalendar = CAMPAIGN_CALENDAR,
): CampaignEntry | undefined {
  return calendar.entries.find((entry) => entry.id === id);
}

/** The problems of a calendar (empty when it is sound): unique ids, real dates, from ≤ to, multiplier ≥ 1. */
export function calendarProblems(calendar: CampaignCalendar): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of calendar.entries) {
    if (seen.has(entry.id)) problems.push(`${entry.id}: id used twice`);
    seen.add(entry.id);
    const from = DateTime.fromISO(entry.from, { zone: calendar.timeZone });
    const to = DateTime.fromISO(entry.to, { zone: calendar.timeZone });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.from) || !from.isValid) problems.push(`${entry.id}: bad from`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.to) || !to.isValid) problems.push(`${entry.id}: bad to`);
    if (entry.from > entry.to) problems.push(`${entry.id}: from is after to`);
    if (!Number.isFinite(entry.pointsMultiplier) || entry.pointsMultiplier < 1)
      problems.push(`${entry.id}: pointsMultiplier must be at least 1`);
  }
  return problems;
}
