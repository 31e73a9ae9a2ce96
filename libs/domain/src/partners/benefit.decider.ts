import { BucketMap } from '../collections/bucket-map';
import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import { invalid, requireText } from '../organisation/organisation-rules';
import { regionContains } from '../regions/region-code';
import { businessDateOf, isCalendarDate } from '../time/business-time';
import type { BenefitCommand } from './partner.commands';
import type { BenefitEvent, BenefitOffered } from './partner.events';

export const benefitStream = (benefitId: string) => `benefit-${benefitId}`;

export const BENEFIT_TITLE_MAX_LENGTH = 200;
export const BENEFIT_MAX_STOCK = 1_000_000;
export const BENEFIT_MAX_POINTS_COST = 1_000_000;

interface UnitHold {
  readonly volunteerId: string;
  readonly status: 'held' | 'captured' | 'released';
}

export type BenefitState =
  | { readonly status: 'none' }
  | (Omit<BenefitOffered['data'], 'offeredBy' | 'offeredAt'> & {
      readonly status: 'offered';
      /** Every unit ever held, by redemption id. */
      readonly units: BucketMap<UnitHold>;
      /** Units each volunteer holds or has taken (what the per-volunteer limit counts). */
      readonly taken: BucketMap<number>;
      readonly held: number;
      readonly captured: number;
    });

export type OfferedBenefit = Exclude<BenefitState, { status: 'none' }>;

/** Units neither held nor captured. */
export const stockLeft = (benefit: OfferedBenefit): number => benefit.stock - benefit.held - benefit.captured;

/** Units a volunteer holds or has taken: what the per-volunteer limit counts. */
export function unitsTakenBy(benefit: OfferedBenefit, volunteerId: string): number {
  let taken = 0;
  for (const unit of benefit.units.values())
    if (unit.volunteerId === volunteerId && unit.status !== 'released') taken++;
  return taken;
}

function requireWhole(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    invalid(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

function moveUnit(state: OfferedBenefit, redemptionId: string, status: UnitHold['status']): BenefitState {
  const unit = state.units.get(redemptionId);
  if (!unit || unit.status !== 'held') return state;
  return {
    ...state,
    units: state.units.set(redemptionId, { ...unit, status }),
    taken:
      status === 'released'
        ? state.taken.set(unit.volunteerId, (state.taken.get(unit.volunteerId) ?? 1) - 1)
        : state.taken,
    held: state.held - 1,
    captured: state.captured + (status === 'captured' ? 1 : 0),
  };
}

/**
 * A benefit and its stock (PRODUCT.md "Partners and benefits"): decided on the benefit's stream, so
 * stock is never oversold whatever the concurrency. Holds are idempotent by redemption id.
 */
export const benefitDecider: Decider<BenefitState, BenefitCommand, BenefitEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'BenefitOffered': {
        const { offeredBy: _by, offeredAt: _at, ...terms } = event.data;
        return {
          status: 'offered',
          ...terms,
          units: BucketMap.empty(),
          taken: BucketMap.empty(),
          held: 0,
          captured: 0,
        };
      }
      case 'BenefitUnitHeld':
        if (state.status === 'none') return state;
        return {
          ...state,
          units: state.units.set(event.data.redemptionId, {
            volunteerId: event.data.volunteerId,
            status: 'held',
          }),
          taken: state.taken.set(event.data.volunteerId, (state.taken.get(event.data.volunteerId) ?? 0) + 1),
          held: state.held + 1,
        };
      case 'BenefitUnitCaptured':
        return state.status === 'none' ? state : moveUnit(state, event.data.redemptionId, 'captured');
      case 'BenefitUnitReleased':
        return state.status === 'none' ? state : moveUnit(state, event.data.redemptionId, 'released');
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    const today = businessDateOf(now);
    switch (command.type) {
      case 'OfferBenefit': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('benefit', d.benefitId);
        if (!isCalendarDate(d.validFrom)) invalid('validFrom', 'must be a date YYYY-MM-DD');
        if (!isCalendarDate(d.validTo)) invalid('validTo', 'must be a date YYYY-MM-DD');
        if (d.validTo < d.validFrom) invalid('validTo', 'must not be before validFrom');
        return [
          {
            type: 'BenefitOffered',
            data: {
              benefitId: d.benefitId,
              partnerId: d.partner.partnerId,
              regionCode: d.partner.regionCode,
              title: requireText(d.title, 'title', BENEFIT_TITLE_MAX_LENGTH),
              pointsCost: requireWhole('pointsCost', d.pointsCost, 1, BENEFIT_MAX_POINTS_COST),
              minStarLevel: requireWhole('minStarLevel', d.minStarLevel, 0, 5),
              stock: requireWhole('stock', d.stock, 0, BENEFIT_MAX_STOCK),
              perVolunteerLimit: requireWhole('perVolunteerLimit', d.perVolunteerLimit, 1, BENEFIT_MAX_STOCK),
              validFrom: d.validFrom,
              validTo: d.validTo,
              offeredBy: actor.accountId,
              offeredAt: now,
            },
          },
        ];
      }
      case 'HoldBenefitUnit': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('benefit', d.benefitId);
        if (state.units.has(d.redemptionId)) return [];
        if (today < state.validFrom || today > state.validTo) {
          throw new RuleViolation(
            'BENEFIT_NOT_AVAILABLE',
            `the benefit is offered from ${state.validFrom} to ${state.validTo}`,
            { validFrom: state.validFrom, validTo: state.validTo },
          );
        }
        if (stockLeft(state) < 1) throw new RuleViolation('OUT_OF_STOCK', 'no unit of the benefit is left');
        if (unitsTakenBy(state, d.volunteerId) >= state.perVolunteerLimit) {
          throw new RuleViolation(
            'LIMIT_REACHED',
            `a volunteer takes this benefit at most ${state.perVolunteerLimit} time(s)`,
            { perVolunteerLimit: state.perVolunteerLimit },
          );
        }
        return [
          {
            type: 'BenefitUnitHeld',
            data: {
              benefitId: state.benefitId,
              redemptionId: d.redemptionId,
              volunteerId: d.volunteerId,
              heldAt: now,
              expiresAt: d.expiresAt,
            },
          },
        ];
      }
      case 'CaptureBenefitUnit': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('benefit', d.benefitId);
        const unit = state.units.get(d.redemptionId);
        if (!unit) throw new NotFound('benefit hold', d.redemptionId);
        if (unit.status === 'captured') return [];
        if (unit.status === 'released') {
          throw new RuleViolation('REDEMPTION_NOT_HELD', `the unit held for ${d.redemptionId} was released`);
        }
        return [
          {
            type: 'BenefitUnitCaptured',
            data: {
              benefitId: state.benefitId,
              redemptionId: d.redemptionId,
              volunteerId: unit.volunteerId,
              capturedAt: now,
            },
          },
        ];
      }
      case 'ReleaseBenefitUnit': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('benefit', d.benefitId);
        const unit = state.units.get(d.redemptionId);
        if (!unit || unit.status !== 'held') return [];
        return [
          {
            type: 'BenefitUnitReleased',
            data: {
              benefitId: state.benefitId,
              redemptionId: d.redemptionId,
              volunteerId: unit.volunteerId,
              reason: d.reason,
              releasedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};

/** A benefit is visible and redeemable to accounts on its region's line (its region, above or below). */
export const benefitRegionServes = (benefitRegion: string, callerRegion: string): boolean =>
  regionContains(benefitRegion, callerRegion) || regionContains(callerRegion, benefitRegion);
