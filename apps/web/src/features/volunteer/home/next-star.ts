// The national rule set is domain data; importing the file itself keeps the thresholds in one place.
import { NATIONAL_STAR_RULES } from '../../../../../../libs/domain/src/volunteering/star-rule-sets';

export const MAX_STAR_LEVEL = 5;

export interface StarProgress {
  /** The level the confirmed hours reach (0–5). */
  readonly qualifiedLevel: number;
  /** The next level, or undefined at the top. */
  readonly nextLevel?: number;
  /** Hours the next level needs in all. */
  readonly nextThresholdHours?: number;
  /** Minutes still to serve (and have confirmed) for the next level; 0 at the top. */
  readonly minutesToNext: number;
  /** Share of the way from the reached threshold to the next, 0–100 (100 at the top). */
  readonly percentToNext: number;
}

/**
 * Where confirmed minutes stand against cumulative star thresholds (whole hours for 1★…5★,
 * ascending): the level reached, the next one and how far away it is. A level is reached at
 * exactly its threshold (1★ at 100 h, not 100 h 1 min).
 */
export function starProgress(
  confirmedMinutes: number,
  thresholdsHours: readonly number[] = NATIONAL_STAR_RULES.thresholdsHours,
): StarProgress {
  const minutes = Math.max(0, confirmedMinutes);
  const thresholds = thresholdsHours.map((hours) => hours * 60);
  const qualifiedLevel = thresholds.filter((threshold) => minutes >= threshold).length;
  if (qualifiedLevel >= thresholds.length) {
    return { qualifiedLevel, minutesToNext: 0, percentToNext: 100 };
  }
  const floor = qualifiedLevel === 0 ? 0 : thresholds[qualifiedLevel - 1];
  const ceiling = thresholds[qualifiedLevel];
  return {
    qualifiedLevel,
    nextLevel: qualifiedLevel + 1,
    nextThresholdHours: thresholdsHours[qualifiedLevel],
    minutesToNext: ceiling - minutes,
    percentToNext: Math.floor(((minutes - floor) / (ceiling - floor)) * 100),
  };
}
