import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { MembershipView } from './organisation.views';

export class ExitTeamCommand extends Command<{ membership: MembershipView; revision: number }> {
  constructor(
    readonly teamId: string,
    readonly volunteerId: string,
    readonly reason: string,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
