import { NATIONAL_STAR_RULES, type StarRuleSet } from './star-rule-sets';

/** The star level (0–5) that confirmed minutes qualify for under a rule set; awarding is a separate step. */
export function qualifiedStarLevel(
  confirmedMinutes: number,
  rules: StarRuleSet = NATIONAL_STAR_RULES,
): number {
  let level = 0;
  for (const hours of rules.thresholdsHours) if (confirmedMinutes >= hours * 60) level++;
  return level;
}
