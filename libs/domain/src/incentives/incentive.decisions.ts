import { unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation, ValidationFailed } from '../errors';
import { addYears, businessDateOf, isOffsetDateTime } from '../time/business-time';
import type { IncentiveCommand } from './incentive.commands';
import { FAMILY_RELATIONS, type IncentiveEvent } from './incentive.events';
import { type IncentiveLedger, spendableLots } from './incentive-ledger';
import { allocatePoints, earnPoints } from './incentive.rules';
import { CURRENT_POINTS_RULES } from './points-rules';

/** Whole minutes moved in one time-bank operation: at most a year of full days. */
export const TIME_BANK_MAX_MINUTES = 366 * 24 * 60;
export const TIME_BANK_DESCRIPTION_MAX_LENGTH = 500;

function requireWholeAmount(field: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ValidationFailed([{ field, message: `${field} must be a whole number from 1 to ${max}` }]);
  }
  return value;
}

function requireTimeBalance(ledger: IncentiveLedger, minutes: number): void {
  if (ledger.timeBankMinutes < minutes) {
    throw new RuleViolation(
      'INSUFFICIENT_TIME_BALANCE',
      `${minutes} minutes asked, ${ledger.timeBankMinutes} in the time bank`,
      { needed: minutes, balanceMinutes: ledger.timeBankMinutes },
    );
  }
}

/**
 * The points and time-bank commands of a registered volunteer, decided on their ledger. Holds are
 * idempotent by redemption id, withdrawals and transfers by their ids: a retried step of a process
 * appends nothing twice.
 */
export function decideIncentive(
  command: IncentiveCommand,
  ledger: IncentiveLedger,
  volunteer: { volunteerId: string },
): IncentiveEvent[] {
  const { now, actor } = command.metadata;
  const today = businessDateOf(now);
  const volunteerId = volunteer.volunteerId;
  switch (command.type) {
    case 'HoldPoints': {
      const d = command.data;
      if (ledger.holds.has(d.redemptionId)) return [];
      requireWholeAmount('points', d.points, Number.MAX_SAFE_INTEGER);
      if (!isOffsetDateTime(d.expiresAt))
        throw new ValidationFailed([{ field: 'expiresAt', message: 'not an instant' }]);
      if (ledger.starLevel < d.minStarLevel) {
        throw new RuleViolation(
          'STAR_LEVEL_TOO_LOW',
          `the benefit needs ${d.minStarLevel}★; the volunteer holds ${ledger.starLevel}★`,
          { minStarLevel: d.minStarLevel, starLevel: ledger.starLevel },
        );
      }
      return [
        {
          type: 'PointsHeld',
          data: {
            volunteerId,
            redemptionId: d.redemptionId,
            benefitId: d.benefitId,
            partnerId: d.partnerId,
            points: d.points,
            allocations: allocatePoints(ledger, d.points, today),
            heldAt: now,
            expiresAt: d.expiresAt,
          },
        },
      ];
    }
    case 'CapturePointsHold': {
      const hold = ledger.holds.get(command.data.redemptionId);
      if (!hold) throw new NotFound('points hold', command.data.redemptionId);
      if (hold.status === 'captured') return [];
      if (hold.status === 'released') {
        throw new RuleViolation('REDEMPTION_NOT_HELD', `redemption ${hold.redemptionId} was released`);
      }
      return [
        {
          type: 'PointsHoldCaptured',
          data: { volunteerId, redemptionId: hold.redemptionId, points: hold.points, capturedAt: now },
        },
      ];
    }
    case 'ReleasePointsHold': {
      const hold = ledger.holds.get(command.data.redemptionId);
      // Releasing what was never held (a redemption that failed before its hold) changes nothing.
      if (!hold || hold.status !== 'held') return [];
      return [
        {
          type: 'PointsHoldReleased',
          data: {
            volunteerId,
            redemptionId: hold.redemptionId,
            points: hold.points,
            reason: command.data.reason,
            releasedAt: now,
          },
        },
      ];
    }
    case 'ExpirePoints': {
      const spendable = new Set(spendableLots(ledger, today).map((lot) => lot.lotId));
      return [...ledger.lots.values()]
        .filter((lot) => lot.remaining > 0 && !spendable.has(lot.lotId))
        .map((lot) => ({
          type: 'PointsExpired' as const,
          data: {
            volunteerId,
            lotId: lot.lotId,
            points: lot.remaining,
            expiresOn: lot.expiresOn,
            expiredAt: now,
          },
        }));
    }
    case 'WithdrawTimeBank': {
      const d = command.data;
      if (ledger.timeBankOperations.has(d.withdrawalId)) return [];
      const minutes = requireWholeAmount('minutes', d.minutes, TIME_BANK_MAX_MINUTES);
      const description = d.description.trim();
      if (!description || description.length > TIME_BANK_DESCRIPTION_MAX_LENGTH) {
        throw new ValidationFailed([
          { field: 'description', message: `1 to ${TIME_BANK_DESCRIPTION_MAX_LENGTH} characters` },
        ]);
      }
      requireTimeBalance(ledger, minutes);
      return [
        {
          type: 'TimeBankWithdrawn',
          data: { volunteerId, withdrawalId: d.withdrawalId, minutes, description, at: now },
        },
      ];
    }
    case 'LinkFamilyMember': {
      const d = command.data;
      if (d.familyVolunteerId === volunteerId) {
        throw new ValidationFailed([
          { field: 'volunteerId', message: 'a volunteer is not their own family member' },
        ]);
      }
      if (!FAMILY_RELATIONS.includes(d.relation)) {
        throw new ValidationFailed([{ field: 'relation', message: `one of ${FAMILY_RELATIONS.join(', ')}` }]);
      }
      if (ledger.family.get(d.familyVolunteerId) === d.relation) return [];
      if (ledger.family.has(d.familyVolunteerId)) throw new AlreadyExists('family link', d.familyVolunteerId);
      return [
        {
          type: 'FamilyMemberLinked',
          data: {
            volunteerId,
            familyVolunteerId: d.familyVolunteerId,
            relation: d.relation,
            linkedBy: actor.accountId,
            at: now,
          },
        },
      ];
    }
    case 'TransferTimeBankOut': {
      const d = command.data;
      if (ledger.timeBankOperations.has(`out:${d.transferId}`)) return [];
      if (!ledger.family.has(d.toVolunteerId)) {
        throw new RuleViolation('NOT_FAMILY', `volunteer ${d.toVolunteerId} is not registered as family`);
      }
      const minutes = requireWholeAmount('minutes', d.minutes, TIME_BANK_MAX_MINUTES);
      requireTimeBalance(ledger, minutes);
      return [
        {
          type: 'TimeBankTransferredOut',
          data: { volunteerId, transferId: d.transferId, toVolunteerId: d.toVolunteerId, minutes, at: now },
        },
      ];
    }
    case 'ReceiveTimeBankTransfer': {
      const d = command.data;
      if (ledger.timeBankOperations.has(`in:${d.transferId}`)) return [];
      return [
        {
          type: 'TimeBankTransferredIn',
          data: {
            volunteerId,
            transferId: d.transferId,
            fromVolunteerId: d.fromVolunteerId,
            minutes: d.minutes,
            at: now,
          },
        },
      ];
    }
    case 'EarnBonus': {
      const d = command.data;
      // Once per source: a retried or resumed registration earns the referrer nothing more.
      for (const lot of ledger.lots.values()) {
        if (lot.source.type === d.bonus && lot.source.id === d.sourceId) return [];
      }
      if (d.sourceId === volunteerId) {
        throw new ValidationFailed([{ field: 'sourceId', message: 'a volunteer does not refer itself' }]);
      }
      return earnPoints(ledger, {
        volunteerId,
        source: { type: d.bonus, id: d.sourceId },
        points: CURRENT_POINTS_RULES.bonuses[d.bonus],
        earnedOn: today,
      });
    }
    case 'AwardStar': {
      const d = command.data;
      if (ledger.awardedRounds.has(d.roundId)) return [];
      if (!Number.isInteger(d.level) || d.level < 1 || d.level > 5) {
        throw new ValidationFailed([{ field: 'level', message: 'a star level is 1 to 5' }]);
      }
      if (ledger.bannedUntil !== null && ledger.bannedUntil >= today) {
        throw new RuleViolation(
          'VOLUNTEER_BANNED',
          `the volunteer is banned from star rounds until ${ledger.bannedUntil}`,
          {
            bannedUntil: ledger.bannedUntil,
          },
        );
      }
      // A later round may already have awarded as much or more: nothing to add.
      if (d.level <= ledger.starLevel) return [];
      return [
        {
          type: 'StarAwarded',
          data: {
            volunteerId,
            roundId: d.roundId,
            level: d.level,
            previousLevel: ledger.starLevel,
            ruleSetId: d.ruleSetId,
            ruleVersion: d.ruleVersion,
            awardedBy: actor.accountId,
            awardedAt: now,
          },
        },
      ];
    }
    case 'RevokeStar': {
      const d = command.data;
      if (!Number.isInteger(d.banYears) || d.banYears < 1 || d.banYears > 3) {
        throw new ValidationFailed([{ field: 'banYears', message: 'a ban lasts 1, 2 or 3 years' }]);
      }
      const reason = d.reason.trim();
      if (!reason || reason.length > TIME_BANK_DESCRIPTION_MAX_LENGTH) {
        throw new ValidationFailed([
          { field: 'reason', message: `1 to ${TIME_BANK_DESCRIPTION_MAX_LENGTH} characters` },
        ]);
      }
      if (ledger.starLevel === 0) throw new RuleViolation('NO_STAR_TO_REVOKE', 'the volunteer holds no star');
      return [
        {
          type: 'StarRevoked',
          data: {
            volunteerId,
            level: 0,
            previousLevel: ledger.starLevel,
            reason,
            banYears: d.banYears,
            bannedUntil: addYears(today, d.banYears),
            revokedBy: actor.accountId,
            revokedAt: now,
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}
