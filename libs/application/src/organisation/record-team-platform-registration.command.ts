import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { TeamView } from './organisation.views';

export class RecordTeamPlatformRegistrationCommand extends Command<{ team: TeamView; revision: number }> {
  constructor(
    readonly teamId: string,
    readonly input: { readonly platformRegistrationNo: string; readonly reason?: string | null },
    readonly context: CommandContext,
    /** The team revision the client saw (If-Match). */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
