import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commendationIdFor, NotFound, volunteerDecider, volunteerStream } from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { RecordCommendationCommand } from './record-commendation.command';
import { assertCanAddToVolunteer } from './volunteer-access';
import type { CommendationView } from './volunteer.views';

@CommandHandler(RecordCommendationCommand)
export class RecordCommendationHandler implements ICommandHandler<RecordCommendationCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
    expectedRevision,
  }: RecordCommendationCommand): Promise<{ commendation: CommendationView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanAddToVolunteer(context.actor, volunteer.region_code);
    const commendationId = commendationIdFor(context.commandId);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      {
        type: 'RecordCommendation',
        data: { volunteerId, commendationId, ...input },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    const event = result.events.find((e) => e.type === 'CommendationRecorded');
    if (event?.type !== 'CommendationRecorded')
      throw new Error(`commendation ${commendationId}: no event recorded`);
    const { commendationId: id, ...data } = event.data;
    return { commendation: { id, ...data }, revision: result.revision };
  }
}
