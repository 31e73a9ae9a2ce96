import { CAMPAIGN_CALENDAR, type CampaignCalendar, campaignsOverlapping } from '../rules/campaign-calendar';

/**
 * Service points (服务积分) as versioned data. Every points event records `ruleVersion`, so a replay
 * years later gives the same figures: a new rate or bonus is a new version appended here, never an
 * edit of an old one.
 */
export interface PointsRules {
  readonly version: string;
  /** Points for a confirmed hour of service, paid pro rata by minute (rounded down). */
  readonly pointsPerHour: number;
  /** Bonuses, in points. */
  readonly bonuses: { readonly trainingCompleted: number; readonly referral: number };
  /** A lot expires at the end of this many calendar years after the year it was earned in. */
  readonly expiryCalendarYearsAfter: number;
}

export const POINTS_RULES_V1: PointsRules = {
  version: 'points-2026.1',
  pointsPerHour: 10,
  bonuses: { trainingCompleted: 20, referral: 50 },
  expiryCalendarYearsAfter: 2,
};

/** Every version ever used, by id: replay reads the version an event names. */
export const POINTS_RULE_VERSIONS: ReadonlyMap<string, PointsRules> = new Map([
  [POINTS_RULES_V1.version, POINTS_RULES_V1],
]);

/** The rules new earnings use. */
export const CURRENT_POINTS_RULES = POINTS_RULES_V1;

export interface ServicePoints {
  readonly points: number;
  /** The largest multiplier of the campaigns the service date falls in (1 outside campaigns). */
  readonly multiplier: number;
  readonly campaignIds: readonly string[];
}

/**
 * Points for confirmed service on a business date: minutes × rate ÷ 60 × the campaign multiplier,
 * rounded down to a whole point. Campaigns do not add up: the largest multiplier applies.
 */
export function pointsForService(
  minutes: number,
  serviceDate: string,
  rules: PointsRules = CURRENT_POINTS_RULES,
  calendar: CampaignCalendar = CAMPAIGN_CALENDAR,
): ServicePoints {
  const campaigns = campaignsOverlapping(serviceDate, serviceDate, calendar);
  const multiplier = campaigns.reduce((max, c) => Math.max(max, c.pointsMultiplier), 1);
  // Integer arithmetic first: 10 points an hour × 1.5 for 20 minutes is exactly 5, not 4.999….
  const points = Math.floor((minutes * rules.pointsPerHour * Math.round(multiplier * 100)) / 6000);
  return { points, multiplier, campaignIds: campaigns.map((c) => c.id) };
}

/** The last business date a lot earned on `earnedOn` (YYYY-MM-DD) can be spent. */
export function pointsExpiryDate(earnedOn: string, rules: PointsRules = CURRENT_POINTS_RULES): string {
  const year = Number(earnedOn.slice(0, 4));
  return `${year + rules.expiryCalendarYearsAfter}-12-31`;
}
