import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { VolunteerView } from './volunteer.views';

export class ForgetVolunteerCommand extends Command<{ volunteer: VolunteerView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly reason: string,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
