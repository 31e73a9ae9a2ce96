import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationIdFor, stationDecider, stationStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { EstablishStationCommand } from './establish-station.command';
import { assertMayAct, MANAGER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type StationView, stationViewOf } from './organisation.views';

@CommandHandler(EstablishStationCommand)
export class EstablishStationHandler implements ICommandHandler<EstablishStationCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    input,
    context,
  }: EstablishStationCommand): Promise<{ station: StationView; revision: number }> {
    assertMayAct(context.actor, MANAGER_ROLES, input.regionCode);
    const stationId = organisationIdFor('station', context.commandId);
    const result = await this.runner.handle(
      stationDecider,
      stationStream(stationId),
      {
        type: 'EstablishStation',
        data: {
          stationId,
          name: input.name,
          regionCode: input.regionCode,
          pilot: await this.references.pilot(input.pilotId),
          venueType: input.venueType,
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    if (result.state.status === 'none')
      throw new Error(`station ${stationId}: establishing produced no event`);
    return { station: stationViewOf(result.state), revision: result.revision };
  }
}
