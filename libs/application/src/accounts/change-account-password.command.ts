import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';

export class ChangeAccountPasswordCommand extends Command<{ revision: number }> {
  constructor(
    readonly input: { readonly username: string; readonly password: string; readonly reason: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
