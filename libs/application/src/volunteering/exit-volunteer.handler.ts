import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type Actor, isExited, NotFound, volunteerDecider, volunteerStream } from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { ExitVolunteerCommand, RejoinVolunteerCommand, type ServiceStatus } from './exit-volunteer.command';

/** Who ends or resumes a volunteer's service: the volunteer's own account, or an administrator of its region. */
export function assertCanExitVolunteer(actor: Actor, volunteerId: string, volunteerRegion: string): void {
  if (actor.role === 'volunteer') {
    if (actor.volunteerId !== volunteerId) throw new AccessDenied('a volunteer account acts only for itself');
    return;
  }
  assertRole(actor, 'admin');
  assertRegion(actor, volunteerRegion);
}

abstract class ServiceStatusHandler {
  constructor(
    protected readonly runner: DeciderRunner,
    protected readonly volunteers: VolunteersReadModel,
  ) {}

  protected async run(
    command: ExitVolunteerCommand | RejoinVolunteerCommand,
    type: 'ExitVolunteer' | 'RejoinVolunteer',
  ): Promise<{ status: ServiceStatus; revision: number }> {
    const { volunteerId, context, expectedRevision } = command;
    const row = this.volunteers.findById(volunteerId);
    if (!row) throw new NotFound('volunteer', volunteerId);
    assertCanExitVolunteer(context.actor, volunteerId, row.region_code);
    const data =
      type === 'ExitVolunteer'
        ? { volunteerId, reason: (command as ExitVolunteerCommand).reason }
        : { volunteerId };
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      { type, data, metadata: commandMetadata(context) } as Parameters<typeof volunteerDecider.decide>[0],
      context,
      { expectedRevision },
    );
    return { status: isExited(result.state) ? 'exited' : 'active', revision: result.revision };
  }
}

@CommandHandler(ExitVolunteerCommand)
export class ExitVolunteerHandler
  extends ServiceStatusHandler
  implements ICommandHandler<ExitVolunteerCommand>
{
  constructor(runner: DeciderRunner, volunteers: VolunteersReadModel) {
    super(runner, volunteers);
  }

  execute(command: ExitVolunteerCommand): Promise<{ status: ServiceStatus; revision: number }> {
    return this.run(command, 'ExitVolunteer');
  }
}

@CommandHandler(RejoinVolunteerCommand)
export class RejoinVolunteerHandler
  extends ServiceStatusHandler
  implements ICommandHandler<RejoinVolunteerCommand>
{
  constructor(runner: DeciderRunner, volunteers: VolunteersReadModel) {
    super(runner, volunteers);
  }

  execute(command: RejoinVolunteerCommand): Promise<{ status: ServiceStatus; revision: number }> {
    return this.run(command, 'RejoinVolunteer');
  }
}
