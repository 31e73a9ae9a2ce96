import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import { requireText } from '../organisation/organisation-rules';
import { instantMillis } from '../time/business-time';
import type { RedemptionCommand } from './redemption.commands';
import type { RedemptionEvent, RedemptionRequested } from './redemption.events';

export const redemptionStream = (redemptionId: string) => `redemption-${redemptionId}`;

export const REDEMPTION_REASON_MAX_LENGTH = 500;

export type RedemptionStatus = 'requested' | 'held' | 'failed' | 'captured' | 'voided' | 'expired';

export type RedemptionState =
  | { readonly status: 'none' }
  | (RedemptionRequested['data'] & {
      readonly status: RedemptionStatus;
      readonly failure: { readonly code: string; readonly message: string } | null;
    });

export type KnownRedemption = Exclude<RedemptionState, { status: 'none' }>;

/** What the benefit and the volunteer's points must end up as, given how far the redemption got. */
export function settlementOf(status: RedemptionStatus): 'hold' | 'capture' | 'release' {
  switch (status) {
    case 'requested':
    case 'held':
      return 'hold';
    case 'captured':
      return 'capture';
    default:
      return 'release';
  }
}

const isPast = (instant: string, now: string) => instantMillis(now) >= instantMillis(instant);

function requireKnown(state: RedemptionState, redemptionId: string): KnownRedemption {
  if (state.status === 'none') throw new NotFound('redemption', redemptionId);
  return state;
}

function notHeld(state: KnownRedemption): RuleViolation {
  if (state.status === 'captured')
    return new RuleViolation('REDEMPTION_ALREADY_CAPTURED', `redemption ${state.redemptionId} was captured`);
  if (state.status === 'expired')
    return new RuleViolation('REDEMPTION_EXPIRED', `the hold of redemption ${state.redemptionId} expired`);
  return new RuleViolation('REDEMPTION_NOT_HELD', `redemption ${state.redemptionId} is ${state.status}`, {
    status: state.status,
  });
}

export const redemptionDecider: Decider<RedemptionState, RedemptionCommand, RedemptionEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'RedemptionRequested':
        return { ...event.data, status: 'requested', failure: null };
      case 'RedemptionHeld':
        return state.status === 'none' ? state : { ...state, status: 'held' };
      case 'RedemptionFailed':
        return state.status === 'none'
          ? state
          : { ...state, status: 'failed', failure: { code: event.data.code, message: event.data.message } };
      case 'RedemptionCaptured':
        return state.status === 'none' ? state : { ...state, status: 'captured' };
      case 'RedemptionVoided':
        return state.status === 'none' ? state : { ...state, status: 'voided' };
      case 'RedemptionExpired':
        return state.status === 'none' ? state : { ...state, status: 'expired' };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    const { redemptionId } = command.data;
    switch (command.type) {
      case 'RequestRedemption': {
        if (state.status !== 'none') throw new AlreadyExists('redemption', redemptionId);
        const d = command.data;
        return [
          {
            type: 'RedemptionRequested',
            data: {
              redemptionId,
              benefitId: d.benefit.benefitId,
              partnerId: d.benefit.partnerId,
              volunteerId: d.volunteerId,
              regionCode: d.benefit.regionCode,
              points: d.benefit.pointsCost,
              minStarLevel: d.benefit.minStarLevel,
              via: d.via,
              requestedBy: actor.accountId,
              requestedAt: now,
              expiresAt: d.expiresAt,
            },
          },
        ];
      }
      case 'MarkRedemptionHeld': {
        const known = requireKnown(state, redemptionId);
        if (known.status === 'held') return [];
        if (known.status !== 'requested') throw notHeld(known);
        return [{ type: 'RedemptionHeld', data: { redemptionId, heldAt: now } }];
      }
      case 'FailRedemption': {
        const known = requireKnown(state, redemptionId);
        if (known.status !== 'requested') return [];
        return [
          {
            type: 'RedemptionFailed',
            data: { redemptionId, code: command.data.code, message: command.data.message, failedAt: now },
          },
        ];
      }
      case 'CaptureRedemption': {
        const known = requireKnown(state, redemptionId);
        if (known.status === 'captured') return [];
        if (known.status === 'held' && isPast(known.expiresAt, now)) {
          throw new RuleViolation(
            'REDEMPTION_EXPIRED',
            `the hold of redemption ${redemptionId} expired at ${known.expiresAt}`,
          );
        }
        if (known.status !== 'held') throw notHeld(known);
        return [
          {
            type: 'RedemptionCaptured',
            data: { redemptionId, capturedBy: actor.accountId, capturedAt: now },
          },
        ];
      }
      case 'VoidRedemption': {
        const known = requireKnown(state, redemptionId);
        if (known.status === 'voided') return [];
        if (known.status !== 'held') throw notHeld(known);
        return [
          {
            type: 'RedemptionVoided',
            data: {
              redemptionId,
              reason: requireText(command.data.reason, 'reason', REDEMPTION_REASON_MAX_LENGTH),
              voidedBy: actor.accountId,
              voidedAt: now,
            },
          },
        ];
      }
      case 'ExpireRedemption': {
        const known = requireKnown(state, redemptionId);
        // Only a lapsed hold expires; anything else (captured, voided, not yet due) is left alone.
        if (known.status !== 'held' || !isPast(known.expiresAt, now)) return [];
        return [{ type: 'RedemptionExpired', data: { redemptionId, expiredAt: now } }];
      }
      default:
        return unreachable(command);
    }
  },
};
