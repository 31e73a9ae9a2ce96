import { ValidationFailed } from '../errors';
import { DeciderSpecification } from '../testing/decider-specification';
import { admin, meta, NOW, registered } from '../volunteering/testing/volunteer-fixtures';
import type { VolunteerCommand } from '../volunteering/volunteer.commands';
import { incentiveLedgerOf, volunteerDecider } from '../volunteering/volunteer.decider';
import type { VolunteerEvent } from '../volunteering/volunteer.events';
import { availablePoints } from './incentive-ledger';
import { CURRENT_POINTS_RULES, pointsExpiryDate } from './points-rules';

const spec = DeciderSpecification.for(volunteerDecider);

const referral = (sourceId = 'vol-2', volunteerId = 'vol-1'): VolunteerCommand => ({
  type: 'EarnBonus',
  data: { volunteerId, bonus: 'referral', sourceId },
  metadata: meta(admin),
});

const earned = (sourceId = 'vol-2', lotId = 'lot-1'): VolunteerEvent => ({
  type: 'PointsEarned',
  data: {
    volunteerId: 'vol-1',
    lotId,
    source: { type: 'referral', id: sourceId },
    points: CURRENT_POINTS_RULES.bonuses.referral,
    settledOwed: 0,
    earnedOn: NOW.slice(0, 10),
    expiresOn: pointsExpiryDate(NOW.slice(0, 10)),
    multiplier: 1,
    campaignIds: [],
    ruleVersion: CURRENT_POINTS_RULES.version,
  },
});

describe('EarnBonus: the referral bonus on the referrer’s stream', () => {
  it('earns the referral bonus of the current rules in a lot of its own, naming the referred volunteer', () => {
    spec.given([registered()]).when(referral()).then([earned()]);
  });

  it('earns it once per referred volunteer: a retried or resumed registration adds nothing', () => {
    spec.given([registered(), earned()]).when(referral()).thenNothingHappens();
  });

  it('a second referral earns a second bonus, in the next lot', () => {
    spec
      .given([registered(), earned()])
      .when(referral('vol-3'))
      .then([earned('vol-3', 'lot-2')]);
  });

  it('the bonus is spendable at once', () => {
    const state = [registered(), earned()].reduce(volunteerDecider.evolve, volunteerDecider.initialState());
    expect(availablePoints(incentiveLedgerOf(state), NOW.slice(0, 10))).toBe(
      CURRENT_POINTS_RULES.bonuses.referral,
    );
  });

  it('a volunteer does not refer itself', () => {
    expect(() =>
      volunteerDecider.decide(
        referral('vol-1'),
        volunteerDecider.evolve(volunteerDecider.initialState(), registered()),
      ),
    ).toThrow(ValidationFailed);
  });

  it('needs a referrer who is registered and not forgotten', () => {
    spec.given([]).when(referral()).thenThrows('NOT_FOUND');
    spec
      .given([
        registered(),
        {
          type: 'VolunteerForgotten',
          data: { volunteerId: 'vol-1', reason: '本人申请', forgottenBy: 'acc-admin', forgottenAt: NOW },
        },
      ])
      .when(referral())
      .thenThrows('VOLUNTEER_FORGOTTEN');
  });
});
