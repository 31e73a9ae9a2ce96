import { type Decider, unreachable } from '../decider';
import { AlreadyExists, RuleViolation } from '../errors';
import { instantMillis } from '../time/business-time';
import type { RedemptionCodeCommand } from './redemption.commands';
import type { RedemptionCodeEvent } from './redemption.events';

export const redemptionCodeStream = (codeHash: string) => `redemption-code-${codeHash}`;

export type RedemptionCodeState =
  | { readonly status: 'none' }
  | {
      readonly status: 'issued' | 'used';
      readonly volunteerId: string;
      readonly expiresAt: string;
      readonly redemptionId: string | null;
    };

const invalidCode = () =>
  new RuleViolation(
    'INVALID_VOLUNTEER_CODE',
    'the volunteer code is unknown, used or expired: ask for a new one',
  );

/** A code is good for one redemption, until it expires; used for another, it is refused. */
export function requireUsableCode(state: RedemptionCodeState, now: string, redemptionId?: string): string {
  if (state.status === 'none') throw invalidCode();
  if (state.status === 'used') {
    if (redemptionId !== undefined && state.redemptionId === redemptionId) return state.volunteerId;
    throw invalidCode();
  }
  if (instantMillis(now) >= instantMillis(state.expiresAt)) throw invalidCode();
  return state.volunteerId;
}

export const redemptionCodeDecider: Decider<RedemptionCodeState, RedemptionCodeCommand, RedemptionCodeEvent> =
  {
    initialState: () => ({ status: 'none' }),

    evolve(state, event) {
      switch (event.type) {
        case 'RedemptionCodeIssued':
          return {
            status: 'issued',
            volunteerId: event.data.volunteerId,
            expiresAt: event.data.expiresAt,
            redemptionId: null,
          };
        case 'RedemptionCodeUsed':
          return state.status === 'none'
            ? state
            : { ...state, status: 'used', redemptionId: event.data.redemptionId };
        default:
          return unreachable(event);
      }
    },

    decide(command, state) {
      const { now, actor } = command.metadata;
      switch (command.type) {
        case 'IssueRedemptionCode':
          if (state.status !== 'none') throw new AlreadyExists('redemption code', command.data.codeHash);
          return [
            {
              type: 'RedemptionCodeIssued',
              data: {
                codeHash: command.data.codeHash,
                volunteerId: command.data.volunteerId,
                issuedBy: actor.accountId,
                issuedAt: now,
                expiresAt: command.data.expiresAt,
              },
            },
          ];
        case 'UseRedemptionCode': {
          const volunteerId = requireUsableCode(state, now, command.data.redemptionId);
          if (state.status === 'used') return [];
          return [
            {
              type: 'RedemptionCodeUsed',
              data: {
                codeHash: command.data.codeHash,
                volunteerId,
                redemptionId: command.data.redemptionId,
                usedAt: now,
              },
            },
          ];
        }
        default:
          return unreachable(command);
      }
    },
  };
