import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { StationView } from './organisation.views';

export interface EstablishStationInput {
  readonly name: string;
  readonly regionCode: string;
  readonly pilotId?: string | null;
  readonly venueType: string;
}

export class EstablishStationCommand extends Command<{ station: StationView; revision: number }> {
  constructor(
    readonly input: EstablishStationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
