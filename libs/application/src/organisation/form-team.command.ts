import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { TeamView } from './organisation.views';

export interface FormTeamInput {
  readonly name: string;
  readonly regionCode: string;
  readonly pilotId?: string | null;
  readonly institution: { readonly kind: string; readonly name: string };
  readonly platformRegistrationNo?: string | null;
}

export class FormTeamCommand extends Command<{ team: TeamView; revision: number }> {
  constructor(
    readonly input: FormTeamInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
