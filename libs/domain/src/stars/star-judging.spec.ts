import { judgingRoundFor, regionAndAncestors } from './star-judging';

const round = (
  roundId: string,
  regionCode: string,
  status: string,
  openedAt: string,
  ruleSetId = 'national',
) => ({
  roundId,
  regionCode,
  status,
  openedAt,
  ruleSetId,
});

describe('the rule set that will judge a volunteer', () => {
  it('looks at the region, its city and its province', () => {
    expect(regionAndAncestors('410122')).toEqual(['410122', '410100', '410000']);
    expect(regionAndAncestors('410100')).toEqual(['410100', '410000']);
    expect(regionAndAncestors('410000')).toEqual(['410000']);
  });

  it('is the national set when no round covers the region', () => {
    expect(judgingRoundFor('410122', [round('a', '410200', 'open', '2026-03-01T00:00:00Z')])).toBeNull();
    expect(judgingRoundFor('410122', [round('b', '410123', 'open', '2026-03-01T00:00:00Z')])).toBeNull();
  });

  it('is the newest round not finalized yet, of the region or a region containing it', () => {
    const rounds = [
      round('old', '410122', 'finalized', '2026-03-05T00:00:00Z', 'srs-a'),
      round('city', '410100', 'noticed', '2026-03-02T00:00:00Z', 'srs-city'),
      round('province', '410000', 'open', '2026-03-01T00:00:00Z', 'srs-prov'),
    ];
    expect(judgingRoundFor('410122', rounds)?.ruleSetId).toBe('srs-city');
  });

  it('else the newest finalized round', () => {
    const rounds = [
      round('a', '410122', 'finalized', '2026-01-05T00:00:00Z', 'srs-a'),
      round('b', '410100', 'finalized', '2026-02-05T00:00:00Z', 'srs-b'),
    ];
    expect(judgingRoundFor('410122', rounds)?.ruleSetId).toBe('srs-b');
  });
});
