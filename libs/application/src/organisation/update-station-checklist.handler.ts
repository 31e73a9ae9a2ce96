import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stationDecider, stationStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayAct, MANAGER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type StationView, stationViewOf } from './organisation.views';
import { UpdateStationChecklistCommand } from './update-station-checklist.command';

@CommandHandler(UpdateStationChecklistCommand)
export class UpdateStationChecklistHandler implements ICommandHandler<UpdateStationChecklistCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    stationId,
    checklist,
    context,
    expectedRevision,
  }: UpdateStationChecklistCommand): Promise<{ station: StationView; revision: number }> {
    const { state } = await this.references.station(stationId);
    assertMayAct(context.actor, MANAGER_ROLES, state.regionCode);
    const result = await this.runner.handle(
      stationDecider,
      stationStream(stationId),
      { type: 'UpdateStationChecklist', data: { stationId, checklist }, metadata: commandMetadata(context) },
      context,
      { expectedRevision },
    );
    if (result.state.status === 'none') throw new Error(`station ${stationId} vanished`);
    return { station: stationViewOf(result.state), revision: result.revision };
  }
}
