import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { PilotView } from './organisation.views';

export interface CreatePilotInput {
  readonly name: string;
  readonly level: string;
  readonly regionCode: string;
  readonly fundedOn: string;
}

export class CreatePilotCommand extends Command<{ pilot: PilotView; revision: number }> {
  constructor(
    readonly input: CreatePilotInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
