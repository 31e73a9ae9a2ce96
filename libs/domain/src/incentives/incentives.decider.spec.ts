import type { Actor } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import {
  admin,
  confirm,
  confirmed,
  correct,
  meta,
  NOW,
  recorded,
  registered,
  voidRecord,
} from '../volunteering/testing/volunteer-fixtures';
import type { VolunteerCommand } from '../volunteering/volunteer.commands';
import { incentiveLedgerOf, volunteerDecider, type VolunteerState } from '../volunteering/volunteer.decider';
import type { VolunteerEvent } from '../volunteering/volunteer.events';
import { availablePoints } from './incentive-ledger';
import { pointsExpiryDate, pointsForService } from './points-rules';

const spec = DeciderSpecification.for(volunteerDecider);
const volunteer: Actor = {
  accountId: 'acc-vol',
  role: 'volunteer',
  regionCode: '410100',
  volunteerId: 'vol-1',
};

/** Runs commands one after another, as the stream would take them; returns every event. */
function play(given: readonly VolunteerEvent[], commands: readonly VolunteerCommand[]): VolunteerEvent[] {
  let state: VolunteerState = given.reduce(volunteerDecider.evolve, volunteerDecider.initialState());
  const events = [...given];
  for (const command of commands) {
    const decided = volunteerDecider.decide(command, state);
    state = decided.reduce(volunteerDecider.evolve, state);
    events.push(...decided);
  }
  return events;
}

const stateOf = (events: readonly VolunteerEvent[]) =>
  events.reduce(volunteerDecider.evolve, volunteerDecider.initialState());

/** rec-1 is 150 minutes on 2026-03-05, inside 学雷锋 week. */
const REC_1_POINTS = pointsForService(150, '2026-03-05');
const confirmedRec1 = () => play([registered(), recorded()], [confirm()]);

const hold = (points: number, redemptionId = 'red-1', minStarLevel = 0, now = NOW): VolunteerCommand => ({
  type: 'HoldPoints',
  data: {
    volunteerId: 'vol-1',
    redemptionId,
    benefitId: 'ben-1',
    partnerId: 'ptn-1',
    points,
    minStarLevel,
    expiresAt: '2026-03-10T12:30:00.000+08:00',
  },
  metadata: meta(volunteer, now),
});
const capture = (redemptionId = 'red-1'): VolunteerCommand => ({
  type: 'CapturePointsHold',
  data: { volunteerId: 'vol-1', redemptionId },
  metadata: meta(volunteer),
});
const release = (redemptionId = 'red-1'): VolunteerCommand => ({
  type: 'ReleasePointsHold',
  data: { volunteerId: 'vol-1', redemptionId, reason: 'voided' },
  metadata: meta(volunteer),
});
const withdraw = (minutes: number, withdrawalId = 'wd-1'): VolunteerCommand => ({
  type: 'WithdrawTimeBank',
  data: { volunteerId: 'vol-1', withdrawalId, minutes, description: '社区助老服务' },
  metadata: meta(admin),
});

describe('points and time bank on the volunteer stream', () => {
  describe('earning', () => {
    it('a confirmation earns points (campaign dates multiplied) and deposits its minutes, naming the rules', () => {
      expect(REC_1_POINTS).toEqual({ points: 50, multiplier: 2, campaignIds: ['xueleifeng-2026'] });
      spec
        .given([registered(), recorded()])
        .when(confirm())
        .then([
          confirmed(),
          {
            type: 'PointsEarned',
            data: {
              volunteerId: 'vol-1',
              lotId: 'lot-1',
              source: { type: 'service-record', id: 'rec-1' },
              points: 50,
              settledOwed: 0,
              earnedOn: '2026-03-10',
              expiresOn: '2028-12-31',
              multiplier: 2,
              campaignIds: ['xueleifeng-2026'],
              ruleVersion: 'points-2026.1',
            },
          },
          {
            type: 'TimeBankDeposited',
            data: {
              volunteerId: 'vol-1',
              source: { type: 'service-record', id: 'rec-1' },
              minutes: 150,
              ruleVersion: 'time-bank-2026.1',
              at: NOW,
            },
          },
        ]);
    });

    it('outside campaigns an hour earns 10 points, pro rata by minute and rounded down', () => {
      expect(pointsForService(60, '2026-04-15').points).toBe(10);
      expect(pointsForService(20, '2026-04-15').points).toBe(3);
      expect(pointsForService(1, '2026-04-15').points).toBe(0);
    });

    it('lots expire at the end of the second calendar year after earning', () => {
      expect(pointsExpiryDate('2026-01-01')).toBe('2028-12-31');
      expect(pointsExpiryDate('2026-12-31')).toBe('2028-12-31');
    });
  });

  describe('taking back', () => {
    it('a void of a confirmed record claws back its points and its deposit', () => {
      const events = play(confirmedRec1(), [voidRecord()]);
      const ledger = incentiveLedgerOf(stateOf(events));
      expect(events.slice(-2).map((e) => e.type)).toEqual(['PointsClawedBack', 'TimeBankAdjusted']);
      expect(availablePoints(ledger, '2026-03-10')).toBe(0);
      expect(ledger.timeBankMinutes).toBe(0);
      expect(ledger.clawedBack).toBe(50);
    });

    it('a correction of a confirmed record moves points and deposit to the new minutes', () => {
      // 150 → 180 minutes, still in 学雷锋 week: 60 points in all, 180 minutes deposited.
      const events = play(confirmedRec1(), [correct({}, { ...admin, accountId: 'acc-admin-3' })]);
      const ledger = incentiveLedgerOf(stateOf(events));
      expect(events.slice(-3).map((e) => e.type)).toEqual([
        'ServiceCorrected',
        'PointsEarned',
        'TimeBankAdjusted',
      ]);
      expect(availablePoints(ledger, '2026-03-10')).toBe(pointsForService(180, '2026-03-05').points);
      expect(ledger.timeBankMinutes).toBe(180);
    });

    it('spent points clawed back leave the balance negative; later earnings settle it first', () => {
      const spent = play(confirmedRec1(), [hold(50), capture(), voidRecord()]);
      const afterVoid = incentiveLedgerOf(stateOf(spent));
      expect(afterVoid.owed).toBe(50);
      expect(availablePoints(afterVoid, '2026-03-10')).toBe(-50);
      const more = play(
        [
          ...spent,
          recorded({
            recordId: 'rec-2',
            startedAt: '2026-03-08T09:00:00+08:00',
            endedAt: '2026-03-08T19:00:00+08:00',
            minutes: 600,
            serviceDate: '2026-03-08',
          }),
        ],
        [confirm('rec-2')],
      );
      const earned = more.find((e) => e.type === 'PointsEarned' && e.data.source.id === 'rec-2');
      expect(earned?.data).toMatchObject({ points: 100, settledOwed: 50 });
      expect(availablePoints(incentiveLedgerOf(stateOf(more)), '2026-03-10')).toBe(50);
    });
  });

  describe('holds for redemptions', () => {
    it('refuses more than the available points (INSUFFICIENT_POINTS) and a star level below the benefit (STAR_LEVEL_TOO_LOW)', () => {
      spec.given(confirmedRec1()).when(hold(51)).thenThrows('INSUFFICIENT_POINTS');
      spec
        .given(confirmedRec1())
        .when(hold(10, 'red-1', 1))
        .thenThrows('STAR_LEVEL_TOO_LOW');
    });

    it('holds from the soonest-expiring lots first; capture spends, release returns', () => {
      const lateLot = play(confirmedRec1(), []);
      const earlier: VolunteerEvent = {
        type: 'PointsEarned',
        data: {
          volunteerId: 'vol-1',
          lotId: 'lot-2',
          source: { type: 'training', id: 'trn-1' },
          points: 20,
          settledOwed: 0,
          earnedOn: '2025-06-01',
          expiresOn: '2027-12-31',
          multiplier: 1,
          campaignIds: [],
          ruleVersion: 'points-2026.1',
        },
      };
      const held = play([...lateLot, earlier], [hold(30)]);
      expect(held.at(-1)?.data).toMatchObject({
        allocations: [
          { lotId: 'lot-2', points: 20 },
          { lotId: 'lot-1', points: 10 },
        ],
      });
      const captured = incentiveLedgerOf(stateOf(play(held, [capture()])));
      expect(captured).toMatchObject({ spent: 30 });
      expect(availablePoints(captured, '2026-03-10')).toBe(40);
      const released = incentiveLedgerOf(stateOf(play(held, [release()])));
      expect(availablePoints(released, '2026-03-10')).toBe(70);
    });

    it('a hold, a capture and a release are each applied once, however often they are retried', () => {
      const once = play(confirmedRec1(), [hold(20), capture()]);
      spec.given(once).when(hold(20)).thenNothingHappens();
      spec.given(once).when(capture()).thenNothingHappens();
      spec.given(once).when(release()).thenNothingHappens();
      spec
        .given(play(confirmedRec1(), [hold(20), release()]))
        .when(capture())
        .thenThrows('REDEMPTION_NOT_HELD');
    });
  });

  describe('expiry', () => {
    it('lots past their last day lose what is left, once; until then they are spendable', () => {
      const events = confirmedRec1();
      spec
        .given(events)
        .when({ type: 'ExpirePoints', data: { volunteerId: 'vol-1' }, metadata: meta(admin) })
        .thenNothingHappens();
      const later = {
        type: 'ExpirePoints' as const,
        data: { volunteerId: 'vol-1' },
        metadata: meta(admin, '2029-01-01T00:00:00.000+08:00'),
      };
      spec
        .given(events)
        .when(later)
        .then([
          {
            type: 'PointsExpired',
            data: {
              volunteerId: 'vol-1',
              lotId: 'lot-1',
              points: 50,
              expiresOn: '2028-12-31',
              expiredAt: '2029-01-01T00:00:00.000+08:00',
            },
          },
        ]);
      spec
        .given(play(events, [later]))
        .when(later)
        .thenNothingHappens();
      spec
        .given(events)
        .when(hold(10, 'red-9', 0, '2029-01-01T00:00:00.000+08:00'))
        .thenThrows('INSUFFICIENT_POINTS');
    });
  });

  describe('time bank', () => {
    it('withdraws within the balance only (INSUFFICIENT_TIME_BALANCE), once per withdrawal id', () => {
      spec.given(confirmedRec1()).when(withdraw(151)).thenThrows('INSUFFICIENT_TIME_BALANCE');
      const events = play(confirmedRec1(), [withdraw(100)]);
      expect(incentiveLedgerOf(stateOf(events)).timeBankMinutes).toBe(50);
      spec.given(events).when(withdraw(100)).thenNothingHappens();
    });

    it('a void after a withdrawal takes back only what is left, and says what was already used', () => {
      const events = play(confirmedRec1(), [withdraw(100), voidRecord()]);
      expect(events.at(-1)).toMatchObject({
        type: 'TimeBankAdjusted',
        data: { minutes: -50, uncoveredMinutes: 100 },
      });
      expect(incentiveLedgerOf(stateOf(events)).timeBankMinutes).toBe(0);
    });

    it('transfers only to registered family, within the balance', () => {
      const transfer = (minutes: number): VolunteerCommand => ({
        type: 'TransferTimeBankOut',
        data: { volunteerId: 'vol-1', transferId: 'tr-1', toVolunteerId: 'vol-2', minutes },
        metadata: meta(volunteer),
      });
      const link: VolunteerCommand = {
        type: 'LinkFamilyMember',
        data: { volunteerId: 'vol-1', familyVolunteerId: 'vol-2', relation: 'parent' },
        metadata: meta(volunteer),
      };
      spec.given(confirmedRec1()).when(transfer(60)).thenThrows('NOT_FAMILY');
      const linked = play(confirmedRec1(), [link]);
      spec.given(linked).when(transfer(151)).thenThrows('INSUFFICIENT_TIME_BALANCE');
      spec
        .given(linked)
        .when(transfer(60))
        .thenEvents(([event]) =>
          expect(event).toMatchObject({
            type: 'TimeBankTransferredOut',
            data: { minutes: 60, toVolunteerId: 'vol-2' },
          }),
        );
      spec.given(linked).when(link).thenNothingHappens();
    });
  });

  describe('stars', () => {
    const award = (level: number, roundId = 'rnd-1', now = NOW): VolunteerCommand => ({
      type: 'AwardStar',
      data: { volunteerId: 'vol-1', roundId, level, ruleSetId: 'national', ruleVersion: 'national-1' },
      metadata: meta(admin, now),
    });
    const revoke = (banYears = 2): VolunteerCommand => ({
      type: 'RevokeStar',
      data: { volunteerId: 'vol-1', reason: '虚报服务时长', banYears },
      metadata: meta(admin),
    });

    it('a round awards a higher star once; a lower or equal one adds nothing', () => {
      spec
        .given([registered()])
        .when(award(2))
        .then([
          {
            type: 'StarAwarded',
            data: {
              volunteerId: 'vol-1',
              roundId: 'rnd-1',
              level: 2,
              previousLevel: 0,
              ruleSetId: 'national',
              ruleVersion: 'national-1',
              awardedBy: admin.accountId,
              awardedAt: NOW,
            },
          },
        ]);
      const awarded = play([registered()], [award(2)]);
      spec.given(awarded).when(award(2)).thenNothingHappens();
      spec.given(awarded).when(award(1, 'rnd-2')).thenNothingHappens();
      spec.given(awarded).when(award(6, 'rnd-3')).thenThrows('VALIDATION_FAILED');
    });

    it('a revocation clears the star and bans the volunteer from rounds for 1–3 years', () => {
      spec.given([registered()]).when(revoke()).thenThrows('NO_STAR_TO_REVOKE');
      const awarded = play([registered()], [award(3)]);
      spec.given(awarded).when(revoke(4)).thenThrows('VALIDATION_FAILED');
      const revoked = play(awarded, [revoke(2)]);
      expect(revoked.at(-1)?.data).toMatchObject({ level: 0, previousLevel: 3, bannedUntil: '2028-03-10' });
      spec
        .given(revoked)
        .when(award(1, 'rnd-2', '2028-03-10T12:00:00.000+08:00'))
        .thenThrows('VOLUNTEER_BANNED');
      spec
        .given(revoked)
        .when(award(1, 'rnd-2', '2028-03-11T12:00:00.000+08:00'))
        .thenEvents(([event]) =>
          expect(event).toMatchObject({ type: 'StarAwarded', data: { level: 1, previousLevel: 0 } }),
        );
    });

    it('a benefit with a minimum star level needs the awarded level, not the qualified one', () => {
      spec
        .given(confirmedRec1())
        .when(hold(10, 'red-1', 1))
        .thenThrows('STAR_LEVEL_TOO_LOW');
      spec
        .given(play(confirmedRec1(), [award(1)]))
        .when(hold(10, 'red-1', 1))
        .thenEvents(([event]) => expect(event.type).toBe('PointsHeld'));
    });
  });
});
