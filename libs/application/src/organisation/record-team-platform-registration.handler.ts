import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { teamDecider, teamStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayAct, MANAGER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type TeamView, teamViewOf } from './organisation.views';
import { RecordTeamPlatformRegistrationCommand } from './record-team-platform-registration.command';

@CommandHandler(RecordTeamPlatformRegistrationCommand)
export class RecordTeamPlatformRegistrationHandler implements ICommandHandler<RecordTeamPlatformRegistrationCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    teamId,
    input,
    context,
    expectedRevision,
  }: RecordTeamPlatformRegistrationCommand): Promise<{ team: TeamView; revision: number }> {
    const { state } = await this.references.team(teamId);
    assertMayAct(context.actor, MANAGER_ROLES, state.regionCode);
    const result = await this.runner.handle(
      teamDecider,
      teamStream(teamId),
      {
        type: 'RecordTeamPlatformRegistration',
        data: { teamId, platformRegistrationNo: input.platformRegistrationNo, reason: input.reason ?? null },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    if (result.state.status === 'none') throw new Error(`team ${teamId} vanished`);
    return { team: teamViewOf(result.state), revision: result.revision };
  }
}
