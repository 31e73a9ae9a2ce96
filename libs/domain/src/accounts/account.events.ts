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
    /**
     * True when the password was set by someone else (an administrator registering the account):
     * the holder must replace it before using the ledger. Absent in events recorded before the
     * field existed, which reads as false.
     */
    mustChangePassword?: boolean;
  }
>;

export type AccountPasswordChanged = DomainEvent<
  'AccountPasswordChanged',
  { accountId: string; passwordHash: string; changedAt: string; changedBy: string; reason: string }
>;

/**
 * An administrator set a new initial password (the holder forgot theirs): the holder must change it at
 * the next sign-in, and access tokens issued before the reset stop working.
 */
export type AccountPasswordReset = DomainEvent<
  'AccountPasswordReset',
  { accountId: string; passwordHash: string; resetAt: string; resetBy: string; reason: string | null }
>;

export type AccountDisabled = DomainEvent<
  'AccountDisabled',
  { accountId: string; reason: string; disabledAt: string; disabledBy: string }
>;

export type AccountEvent =
  AccountRegistered | AccountPasswordChanged | AccountPasswordReset | AccountDisabled;

export const ACCOUNT_EVENT_TYPES: readonly AccountEvent['type'][] = [
  'AccountRegistered',
  'AccountPasswordChanged',
  'AccountPasswordReset',
  'AccountDisabled',
];
