import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { CommendationView } from './volunteer.views';

export class RecordCommendationCommand extends Command<{ commendation: CommendationView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly input: { readonly title: string; readonly awardedBy: string; readonly awardedOn: string },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
