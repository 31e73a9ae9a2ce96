import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { teamDecider, teamStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { ExitTeamCommand } from './exit-team.command';
import { assertMayAct, ORGANISER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import type { MembershipView } from './organisation.views';

@CommandHandler(ExitTeamCommand)
export class ExitTeamHandler implements ICommandHandler<ExitTeamCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    teamId,
    volunteerId,
    reason,
    context,
    expectedRevision,
  }: ExitTeamCommand): Promise<{ membership: MembershipView; revision: number }> {
    const { state } = await this.references.team(teamId);
    assertMayAct(context.actor, ORGANISER_ROLES, state.regionCode);
    const result = await this.runner.handle(
      teamDecider,
      teamStream(teamId),
      { type: 'ExitTeam', data: { teamId, volunteerId, reason }, metadata: commandMetadata(context) },
      context,
      { expectedRevision },
    );
    const exited = result.events.find((e) => e.type === 'TeamMemberExited');
    if (result.state.status === 'none' || exited?.type !== 'TeamMemberExited') {
      throw new Error(`team ${teamId}: the exit produced no event`);
    }
    return {
      membership: {
        teamId,
        volunteerId,
        status: 'exited',
        at: exited.data.exitedAt,
        reason: exited.data.reason,
        memberCount: result.state.members.size,
      },
      revision: result.revision,
    };
  }
}
