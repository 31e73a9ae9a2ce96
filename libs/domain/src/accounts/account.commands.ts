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
  }
>;

export type ChangeAccountPassword = Command<
  'ChangeAccountPassword',
  { accountId: string; passwordHash: string; reason: string }
>;

export type DisableAccount = Command<'DisableAccount', { accountId: string; reason: string }>;

export type AccountCommand = RegisterAccount | ChangeAccountPassword | DisableAccount;
