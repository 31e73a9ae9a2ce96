import type { DomainEvent } from '../decider';
import type { Role } from '../decider';

export type AccountRegistered = DomainEvent<
  'AccountRegistered',
  {
    accountId: string;
    username: string;
    role: Role;
    regionCode: string;
    partnerId: string | null;
    volunteerId: string | null;
    /** scrypt, with its parameters and salt (see the password hasher); never the password. */
    passwordHash: string;
    registeredAt: string;
    registeredBy: string;
  }
>;

export type AccountPasswordChanged = DomainEvent<
  'AccountPasswordChanged',
  { accountId: string; passwordHash: string; changedAt: string; changedBy: string; reason: string }
>;

export type AccountDisabled = DomainEvent<
  'AccountDisabled',
  { accountId: string; reason: string; disabledAt: string; disabledBy: string }
>;

export type AccountEvent = AccountRegistered | AccountPasswordChanged | AccountDisabled;

export const ACCOUNT_EVENT_TYPES: readonly AccountEvent['type'][] = [
  'AccountRegistered',
  'AccountPasswordChanged',
  'AccountDisabled',
];
