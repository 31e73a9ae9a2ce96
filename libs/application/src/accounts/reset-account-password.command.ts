import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { AccountView } from './account.view';

export interface ResetAccountPasswordResult {
  readonly account: AccountView;
  /** The generated initial password, when none was given: shown once, never stored. */
  readonly initialPassword?: string;
  readonly revision: number;
}

/** An administrator of the account's region sets a new initial password for it. */
export class ResetAccountPasswordCommand extends Command<ResetAccountPasswordResult> {
  constructor(
    readonly input: {
      readonly accountId: string;
      /** The new initial password; generated when absent. */
      readonly newPassword?: string;
      readonly reason?: string;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
