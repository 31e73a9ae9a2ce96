import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { ProjectView } from './organisation.views';

export interface CreateProjectInput {
  readonly name: string;
  readonly teamId: string;
  readonly regionCode: string;
  readonly pilotId?: string | null;
  readonly field: string;
}

export class CreateProjectCommand extends Command<{ project: ProjectView; revision: number }> {
  constructor(
    readonly input: CreateProjectInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
