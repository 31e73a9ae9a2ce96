import { Command } from '@nestjs/cqrs';
import type { EvaluationRating } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { EvaluationView } from './volunteer.views';

export class RecordEvaluationCommand extends Command<{ evaluation: EvaluationView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly input: { readonly period: string; readonly rating: EvaluationRating; readonly comment?: string },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
