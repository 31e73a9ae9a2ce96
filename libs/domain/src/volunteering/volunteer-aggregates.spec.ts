import { DeciderSpecification } from '../testing/decider-specification';
import { qualifiedStarLevel } from './star-level';
import { NATIONAL_STAR_RULES } from './star-rule-sets';
import { meta, NOW, organiser } from './testing/volunteer-fixtures';
import { volunteerIdentityDecider } from './volunteer-identity';
import { volunteerNumberDecider } from './volunteer-number';

describe('volunteer identity (one person, one volunteer)', () => {
  const spec = DeciderSpecification.for(volunteerIdentityDecider);
  const claim = { type: 'ClaimVolunteerIdentity' as const, data: {}, metadata: meta() };
  const release = {
    type: 'ReleaseVolunteerIdentity' as const,
    data: { reason: 'forgotten' },
    metadata: meta(),
  };
  const claimed = {
    type: 'VolunteerIdentityClaimed' as const,
    data: { claimedBy: organiser.accountId, claimedAt: NOW },
  };
  const released = {
    type: 'VolunteerIdentityReleased' as const,
    data: { reason: 'forgotten', releasedBy: organiser.accountId, releasedAt: NOW },
  };

  it('claims an unclaimed identity', () => spec.given([]).when(claim).then([claimed]));
  it('refuses a claimed one (409 CONFLICT)', () => spec.given([claimed]).when(claim).thenThrows('CONFLICT'));
  it('can be claimed again once released', () => spec.given([claimed, released]).when(claim).then([claimed]));
  it('releases a claim, and releasing twice does nothing', () => {
    spec.given([claimed]).when(release).then([released]);
    spec.given([claimed, released]).when(release).thenNothingHappens();
  });
});

describe('volunteer numbers', () => {
  const spec = DeciderSpecification.for(volunteerNumberDecider);
  const allocate = (year = 2026) => ({
    type: 'AllocateVolunteerNumber' as const,
    data: { regionCode: '410100', year, volunteerId: 'vol-2' },
    metadata: meta(),
  });
  const allocated = (sequence: number, volunteerId = 'vol-2') => ({
    type: 'VolunteerNumberAllocated' as const,
    data: {
      regionCode: '410100',
      year: 2026,
      sequence,
      volunteerNo: `410100-2026-${String(sequence).padStart(6, '0')}`,
      volunteerId,
      allocatedBy: organiser.accountId,
      allocatedAt: NOW,
    },
  });

  it('starts at 000001', () =>
    spec
      .given([])
      .when(allocate())
      .then([allocated(1)]));
  it('counts up from the last number', () =>
    spec
      .given([allocated(1, 'vol-1')])
      .when(allocate())
      .then([allocated(2)]));
  it('refuses an implausible year', () =>
    spec.given([]).when(allocate(1999)).thenThrows('VALIDATION_FAILED'));
});

describe('qualified star level (national rule set)', () => {
  it.each([
    [0, 0],
    [100 * 60 - 1, 0],
    [100 * 60, 1],
    [300 * 60, 2],
    [600 * 60, 3],
    [999 * 60, 3],
    [1000 * 60, 4],
    [1500 * 60, 5],
    [5000 * 60, 5],
  ])('%d confirmed minutes → %d★', (minutes, level) => {
    expect(qualifiedStarLevel(minutes)).toBe(level);
  });

  it('reads the thresholds from the rule set data', () => {
    expect(NATIONAL_STAR_RULES.thresholdsHours).toEqual([100, 300, 600, 1000, 1500]);
    expect(
      qualifiedStarLevel(30 * 60, {
        ...NATIONAL_STAR_RULES,
        id: 'local',
        thresholdsHours: [30, 60, 100, 200, 300],
      }),
    ).toBe(1);
  });
});
