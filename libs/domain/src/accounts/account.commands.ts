import type { Command, Role } from '../decider';

export type RegisterAccount = Command<
  'RegisterAccount',
  {
    accountId: string;
    username: string;
    role: Role;
    regionCode: string;
    partnerId?: string;
    volunteerId?: string;
    passwordHash: string;
    /** The password was chosen by someone else: the holder must replace it at the first sign-in. */
    mustChangePassword?: boolean;
  }
>;

export type ChangeAccountPassword = Command<
  'ChangeAccountPassword',
  { accountId: string; passwordHash: string; reason: string }
>;

/**
 * An administrator sets a new initial password for someone else's account: the holder must replace it
 * at the next sign-in, and tokens issued before stop working.
 */
export type ResetAccountPassword = Command<
  'ResetAccountPassword',
  { accountId: string; passwordHash: string; reason?: string }
>;

export type DisableAccount = Command<'DisableAccount', { accountId: string; reason: string }>;

export type AccountCommand = RegisterAccount | ChangeAccountPassword | ResetAccountPassword | DisableAccount;
