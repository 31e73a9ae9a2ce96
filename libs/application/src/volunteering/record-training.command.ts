import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { TrainingView } from './volunteer.views';

export class RecordTrainingCommand extends Command<{ training: TrainingView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly input: { readonly course: string; readonly completedOn: string; readonly minutes: number },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
