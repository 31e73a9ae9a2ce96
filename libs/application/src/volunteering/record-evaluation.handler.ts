import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { evaluationIdFor, NotFound, RuleViolation, volunteerDecider, volunteerStream } from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import { RecordEvaluationCommand } from './record-evaluation.command';
import { assertCanAddToVolunteer } from './volunteer-access';
import type { EvaluationView } from './volunteer.views';

/** An evaluation's comment is free text about a person: it is sealed under the volunteer's key. */
@CommandHandler(RecordEvaluationCommand)
export class RecordEvaluationHandler implements ICommandHandler<RecordEvaluationCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
    expectedRevision,
  }: RecordEvaluationCommand): Promise<{ evaluation: EvaluationView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanAddToVolunteer(context.actor, volunteer.region_code);
    if (volunteer.status === 'forgotten') {
      throw new RuleViolation('VOLUNTEER_FORGOTTEN', `volunteer ${volunteerId} has been forgotten`);
    }
    const evaluationId = evaluationIdFor(context.commandId);
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      {
        type: 'RecordEvaluation',
        data: {
          volunteerId,
          evaluationId,
          period: input.period,
          rating: input.rating,
          sealedComment: comment === null ? null : this.vault.sealComment(volunteerId, evaluationId, comment),
        },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    const event = result.events.find((e) => e.type === 'EvaluationRecorded');
    if (event?.type !== 'EvaluationRecorded')
      throw new Error(`evaluation ${evaluationId}: no event recorded`);
    const d = event.data;
    return {
      evaluation: {
        id: d.evaluationId,
        volunteerId,
        period: d.period,
        rating: d.rating,
        comment: d.comment ? this.vault.openComment(volunteerId, evaluationId, d.comment) : null,
        recordedBy: d.recordedBy,
        recordedAt: d.recordedAt,
      },
      revision: result.revision,
    };
  }
}
