import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, ValidationFailed } from '../errors';
import { isValidRegionCode } from '../regions/region-code';
import { normalizeUsername, USERNAME_PATTERN } from './account-id';
import type { AccountCommand } from './account.commands';
import type { AccountEvent } from './account.events';

export type AccountState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'disabled';
      readonly accountId: string;
      readonly username: string;
      readonly role: string;
      readonly regionCode: string;
      /** The password was set by someone else and is still in use. */
      readonly mustChangePassword: boolean;
      /** The hash of the password in use (what a change of one's own password is checked against). */
      readonly passwordHash: string;
    };

export const accountDecider: Decider<AccountState, AccountCommand, AccountEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'AccountRegistered':
        return {
          status: 'active',
          accountId: event.data.accountId,
          username: event.data.username,
          role: event.data.role,
          regionCode: event.data.regionCode,
          mustChangePassword: event.data.mustChangePassword === true,
          passwordHash: event.data.passwordHash,
        };
      case 'AccountPasswordChanged':
        return state.status === 'none'
          ? state
          : { ...state, mustChangePassword: false, passwordHash: event.data.passwordHash };
      case 'AccountPasswordReset':
        return state.status === 'none'
          ? state
          : { ...state, mustChangePassword: true, passwordHash: event.data.passwordHash };
      case 'AccountDisabled':
        return state.status === 'none' ? state : { ...state, status: 'disabled' };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'RegisterAccount': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('account', d.username);
        if (!USERNAME_PATTERN.test(d.username)) {
          throw new ValidationFailed([
            { field: 'username', message: 'must be 3–64 letters, digits or . _ @ -' },
          ]);
        }
        if (!isValidRegionCode(d.regionCode))
          throw new ValidationFailed([{ field: 'regionCode', message: 'must be a GB/T 2260 region code' }]);
        if (d.role === 'partner' && !d.partnerId) {
          throw new ValidationFailed([
            { field: 'partnerId', message: 'a partner account names its partner' },
          ]);
        }
        if (d.role === 'volunteer' && !d.volunteerId) {
          throw new ValidationFailed([
            { field: 'volunteerId', message: 'a volunteer account names its volunteer' },
          ]);
        }
        return [
          {
            type: 'AccountRegistered',
            data: {
              accountId: d.accountId,
              username: normalizeUsername(d.username),
              role: d.role,
              regionCode: d.regionCode,
              partnerId: d.role === 'partner' ? d.partnerId! : null,
              volunteerId: d.role === 'volunteer' ? d.volunteerId! : null,
              passwordHash: d.passwordHash,
              registeredAt: now,
              registeredBy: actor.accountId,
              mustChangePassword: d.mustChangePassword === true,
            },
          },
        ];
      }
      case 'ChangeAccountPassword':
        if (state.status === 'none') throw new NotFound('account', command.data.accountId);
        return [
          {
            type: 'AccountPasswordChanged',
            data: {
              accountId: command.data.accountId,
              passwordHash: command.data.passwordHash,
              changedAt: now,
              changedBy: actor.accountId,
              reason: command.data.reason,
            },
          },
        ];
      case 'ResetAccountPassword':
        if (state.status === 'none') throw new NotFound('account', command.data.accountId);
        return [
          {
            type: 'AccountPasswordReset',
            data: {
              accountId: command.data.accountId,
              passwordHash: command.data.passwordHash,
              resetAt: now,
              resetBy: actor.accountId,
              reason: command.data.reason?.trim() || null,
            },
          },
        ];
      case 'DisableAccount':
        if (state.status === 'none') throw new NotFound('account', command.data.accountId);
        if (state.status === 'disabled') return [];
        return [
          {
            type: 'AccountDisabled',
            data: {
              accountId: command.data.accountId,
              reason: command.data.reason,
              disabledAt: now,
              disabledBy: actor.accountId,
            },
          },
        ];
      default:
        return unreachable(command);
    }
  },
};
