import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';

/** The signed-in account replaces its own password, proving it knows the current one. */
export class ChangeOwnPasswordCommand extends Command<{ revision: number }> {
  constructor(
    readonly input: { readonly currentPassword: string; readonly newPassword: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
