import { RuleViolation } from '../errors';
import { businessDateOf } from '../time/business-time';
import type { ServiceRecordEvent } from '../volunteering/service-record.events';
import type { ServiceRecordState } from '../volunteering/service-record.rules';
import type { CreditSource, IncentiveEvent, PointsClawedBack, PointsEarned } from './incentive.events';
import { availablePoints, type IncentiveLedger, spendableLots } from './incentive-ledger';
import { CURRENT_POINTS_RULES, pointsExpiryDate, pointsForService, type PointsRules } from './points-rules';
import { CURRENT_TIME_BANK_RULES, type TimeBankRules } from './time-bank-rules';

/**
 * The rules of points and time bank (PRODUCT.md "Service points", "Time bank"), as pure functions
 * over a volunteer's ledger. Each returns the events to append to the volunteer's stream; the
 * ledger passed in is the one the stream holds before them.
 */

const recordSource = (recordId: string): CreditSource => ({ type: 'service-record', id: recordId });

/** Lot ids are numbered per volunteer, so the same events always build the same ids. */
const nextLotId = (ledger: IncentiveLedger, offset = 0) => `lot-${ledger.lots.size + 1 + offset}`;

export function earnPoints(
  ledger: IncentiveLedger,
  args: {
    volunteerId: string;
    source: CreditSource;
    points: number;
    earnedOn: string;
    multiplier?: number;
    campaignIds?: string[];
    rules?: PointsRules;
    lotOffset?: number;
  },
): PointsEarned[] {
  if (args.points <= 0) return [];
  const rules = args.rules ?? CURRENT_POINTS_RULES;
  return [
    {
      type: 'PointsEarned',
      data: {
        volunteerId: args.volunteerId,
        lotId: nextLotId(ledger, args.lotOffset),
        source: args.source,
        points: args.points,
        settledOwed: Math.min(args.points, ledger.owed),
        earnedOn: args.earnedOn,
        expiresOn: pointsExpiryDate(args.earnedOn, rules),
        multiplier: args.multiplier ?? 1,
        campaignIds: args.campaignIds ?? [],
        ruleVersion: rules.version,
      },
    },
  ];
}

/**
 * Takes back points credited for a source: from its own lots first, then the soonest-expiring lots
 * still spendable; what no lot covers is owed.
 */
export function clawBackPoints(
  ledger: IncentiveLedger,
  args: { volunteerId: string; source: CreditSource; points: number; reason: string; now: string },
): PointsClawedBack[] {
  if (args.points <= 0) return [];
  const today = businessDateOf(args.now);
  const lots = spendableLots(ledger, today);
  const own = lots.filter((lot) => lot.source.type === args.source.type && lot.source.id === args.source.id);
  const ordered = [...own, ...lots.filter((lot) => !own.includes(lot))];
  let left = args.points;
  const fromLots: { lotId: string; points: number }[] = [];
  for (const lot of ordered) {
    if (left === 0) break;
    const take = Math.min(left, lot.remaining);
    fromLots.push({ lotId: lot.lotId, points: take });
    left -= take;
  }
  return [
    {
      type: 'PointsClawedBack',
      data: {
        volunteerId: args.volunteerId,
        source: args.source,
        points: args.points,
        fromLots,
        owed: left,
        reason: args.reason,
        at: args.now,
      },
    },
  ];
}

/** Moves a record's time-bank deposit by `minutes`; a decrease stops at a zero balance. */
function adjustTimeBank(
  ledger: IncentiveLedger,
  args: { volunteerId: string; recordId: string; minutes: number; reason: string; now: string },
): IncentiveEvent[] {
  if (args.minutes === 0) return [];
  const applied = args.minutes < 0 ? Math.max(args.minutes, -ledger.timeBankMinutes) : args.minutes;
  return [
    {
      type: 'TimeBankAdjusted',
      data: {
        volunteerId: args.volunteerId,
        source: recordSource(args.recordId),
        minutes: applied,
        uncoveredMinutes: applied - args.minutes,
        reason: args.reason,
        at: args.now,
      },
    },
  ];
}

/**
 * What the service events of one decision do to points and time bank: a confirmation earns points
 * (campaign dates multiplied) and deposits its minutes; a void of a confirmed record takes both
 * back; a correction of a confirmed record moves both to the new minutes (all of them back when
 * the correction returns it to pending, to be earned again at its next confirmation).
 */
export function creditsForService(
  ledger: IncentiveLedger,
  event: ServiceRecordEvent,
  recordAfter: ServiceRecordState,
  now: string,
  rules: { points?: PointsRules; timeBank?: TimeBankRules } = {},
): IncentiveEvent[] {
  const pointsRules = rules.points ?? CURRENT_POINTS_RULES;
  const timeBankRules = rules.timeBank ?? CURRENT_TIME_BANK_RULES;
  const volunteerId = event.data.volunteerId;
  const recordId = event.data.recordId;
  const credited = ledger.pointsByRecord.get(recordId) ?? 0;
  const deposited = ledger.minutesByRecord.get(recordId) ?? 0;
  const due = () =>
    recordAfter.status === 'confirmed'
      ? pointsForService(recordAfter.minutes, recordAfter.serviceDate, pointsRules)
      : { points: 0, multiplier: 1, campaignIds: [] };
  const dueMinutes = () =>
    recordAfter.status === 'confirmed' && timeBankRules.eligible(recordAfter) ? recordAfter.minutes : 0;

  switch (event.type) {
    case 'ServiceRecorded':
    case 'ServiceRejected':
      return [];
    case 'ServiceConfirmed':
    case 'ServiceVoided':
    case 'ServiceCorrected': {
      const reason =
        event.type === 'ServiceConfirmed'
          ? 'service confirmed'
          : event.type === 'ServiceVoided'
            ? `service record voided: ${event.data.reason}`
            : `service record corrected: ${event.data.reason}`;
      const owed = due();
      const out: IncentiveEvent[] = [];
      if (owed.points > credited) {
        out.push(
          ...earnPoints(ledger, {
            volunteerId,
            source: recordSource(recordId),
            points: owed.points - credited,
            earnedOn: businessDateOf(now),
            multiplier: owed.multiplier,
            campaignIds: [...owed.campaignIds],
            rules: pointsRules,
          }),
        );
      } else if (owed.points < credited) {
        out.push(
          ...clawBackPoints(ledger, {
            volunteerId,
            source: recordSource(recordId),
            points: credited - owed.points,
            reason,
            now,
          }),
        );
      }
      const minutes = dueMinutes();
      if (minutes !== deposited) {
        if (deposited === 0 && minutes > 0 && event.type === 'ServiceConfirmed') {
          out.push({
            type: 'TimeBankDeposited',
            data: {
              volunteerId,
              source: recordSource(recordId),
              minutes,
              ruleVersion: timeBankRules.version,
              at: now,
            },
          });
        } else {
          out.push(
            ...adjustTimeBank(ledger, { volunteerId, recordId, minutes: minutes - deposited, reason, now }),
          );
        }
      }
      return out;
    }
  }
}

export function requireAvailablePoints(ledger: IncentiveLedger, points: number, today: string): void {
  const available = availablePoints(ledger, today);
  if (available < points) {
    throw new RuleViolation(
      'INSUFFICIENT_POINTS',
      `${points} points needed, ${Math.max(available, 0)} available`,
      {
        needed: points,
        available,
      },
    );
  }
}

/** Spends the soonest-expiring points first. */
export function allocatePoints(
  ledger: IncentiveLedger,
  points: number,
  today: string,
): { lotId: string; points: number }[] {
  requireAvailablePoints(ledger, points, today);
  const allocations: { lotId: string; points: number }[] = [];
  let left = points;
  for (const lot of spendableLots(ledger, today)) {
    if (left === 0) break;
    const take = Math.min(left, lot.remaining);
    allocations.push({ lotId: lot.lotId, points: take });
    left -= take;
  }
  return allocations;
}
