import { Command } from '@nestjs/cqrs';
import type { Role } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { AccountView } from './account.view';

export interface RegisterAccountInput {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly regionCode: string;
  readonly partnerId?: string;
  readonly volunteerId?: string;
  /** The password is an initial one, chosen by the administrator: the holder changes it at first sign-in. */
  readonly mustChangePassword?: boolean;
}

export class RegisterAccountCommand extends Command<{ account: AccountView; revision: number }> {
  constructor(
    readonly input: RegisterAccountInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
