import { regionLevel } from '../regions/region-code';

/**
 * Which rule set will judge a volunteer's hours (按哪套星级标准认定): the one rule, used by the
 * volunteer's summary, its home page and nowhere decided again.
 *
 * Rounds of the volunteer's region and of the regions containing it (its city, its province) are
 * the ones that can draw the volunteer:
 * 1. the most recently opened round among them that is not finalized yet judges the volunteer;
 * 2. else the most recently opened finalized one: the region's rule set in practice, for its next round;
 * 3. else the built-in national set.
 * A rule set a province defined but no round applied yet judges nobody: defining is not adopting.
 */
export interface JudgingRoundCandidate {
  readonly roundId: string;
  readonly regionCode: string;
  readonly ruleSetId: string;
  readonly status: string;
  readonly openedAt: string;
}

/** The volunteer's region and those containing it, county → city → province (no repeats). */
export function regionAndAncestors(regionCode: string): string[] {
  const codes = [regionCode];
  const level = regionLevel(regionCode);
  if (level === 'county') codes.push(`${regionCode.slice(0, 4)}00`);
  if (level !== 'province') codes.push(`${regionCode.slice(0, 2)}0000`);
  return codes;
}

/** The round whose rule set judges a volunteer of `regionCode`, or null for the national set. */
export function judgingRoundFor<R extends JudgingRoundCandidate>(
  regionCode: string,
  rounds: readonly R[],
): R | null {
  const covering = new Set(regionAndAncestors(regionCode));
  const newestFirst = rounds
    .filter((r) => covering.has(r.regionCode))
    .sort((a, b) =>
      a.openedAt === b.openedAt ? b.roundId.localeCompare(a.roundId) : b.openedAt.localeCompare(a.openedAt),
    );
  return newestFirst.find((r) => r.status !== 'finalized') ?? newestFirst[0] ?? null;
}
