import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound, trainingIdFor, volunteerDecider, volunteerStream } from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { RecordTrainingCommand } from './record-training.command';
import { assertCanAddToVolunteer } from './volunteer-access';
import type { TrainingView } from './volunteer.views';

@CommandHandler(RecordTrainingCommand)
export class RecordTrainingHandler implements ICommandHandler<RecordTrainingCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
    expectedRevision,
  }: RecordTrainingCommand): Promise<{ training: TrainingView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanAddToVolunteer(context.actor, volunteer.region_code);
    const trainingId = trainingIdFor(context.commandId);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      {
        type: 'RecordTraining',
        data: { volunteerId, trainingId, ...input },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    const event = result.events.find((e) => e.type === 'TrainingRecorded');
    if (event?.type !== 'TrainingRecorded') throw new Error(`training ${trainingId}: no event recorded`);
    const { trainingId: id, ...data } = event.data;
    return { training: { id, ...data }, revision: result.revision };
  }
}
