import { Command } from '@nestjs/cqrs';
import type { SixMustsChecklist } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { StationView } from './organisation.views';

export class UpdateStationChecklistCommand extends Command<{ station: StationView; revision: number }> {
  constructor(
    readonly stationId: string,
    readonly checklist: SixMustsChecklist,
    readonly context: CommandContext,
    /** The station revision the client saw (If-Match). */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
