import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { serviceRecordIdFor, volunteerDecider, type VolunteerState, volunteerStream } from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner, type HandleResult } from '../ledger/decider-runner';
import { ActivityDirectory } from './activity-directory';
import { RecordServiceCommand } from './record-service.command';
import { recordResult, type ServiceRecordResult } from './service-record-changes';
import { ServiceRecordQueries } from './service-record-queries';

/**
 * 谁组织谁记录: organisers (and administrators) record service in activities of their region. The
 * record copies the activity's project, pilot and region, and lives on the volunteer's stream.
 */
@CommandHandler(RecordServiceCommand)
export class RecordServiceHandler implements ICommandHandler<RecordServiceCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly activities: ActivityDirectory,
    private readonly queries: ServiceRecordQueries,
  ) {}

  async execute({ input, context }: RecordServiceCommand): Promise<ServiceRecordResult> {
    assertRole(context.actor, 'admin', 'organiser');
    const activity = await this.activities.find(input.activityId);
    assertRegion(context.actor, activity.regionCode);
    const recordId = serviceRecordIdFor(context.commandId);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(input.volunteerId),
      {
        type: 'RecordService',
        data: {
          volunteerId: input.volunteerId,
          recordId,
          activity,
          startedAt: input.startedAt,
          endedAt: input.endedAt,
          content: input.content,
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    return recordResult(
      input.volunteerId,
      recordId,
      result as HandleResult<VolunteerState, never>,
      this.queries,
    );
  }
}
