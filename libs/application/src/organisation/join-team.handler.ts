import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { teamDecider, teamStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { JoinTeamCommand } from './join-team.command';
import { assertMayAct, ORGANISER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import type { MembershipView } from './organisation.views';

@CommandHandler(JoinTeamCommand)
export class JoinTeamHandler implements ICommandHandler<JoinTeamCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    teamId,
    volunteerId,
    context,
    expectedRevision,
  }: JoinTeamCommand): Promise<{ membership: MembershipView; revision: number }> {
    const { state } = await this.references.team(teamId);
    // Organisers keep rosters; a volunteer may also join a team of its region by itself (PRODUCT.md).
    const joiningOneself = context.actor.role === 'volunteer' && context.actor.volunteerId === volunteerId;
    assertMayAct(context.actor, joiningOneself ? ['volunteer'] : ORGANISER_ROLES, state.regionCode);
    await this.references.assertVolunteerActive(volunteerId);
    const result = await this.runner.handle(
      teamDecider,
      teamStream(teamId),
      { type: 'JoinTeam', data: { teamId, volunteerId }, metadata: commandMetadata(context) },
      context,
      { expectedRevision },
    );
    const joined = result.events.find((e) => e.type === 'TeamMemberJoined');
    if (result.state.status === 'none' || joined?.type !== 'TeamMemberJoined') {
      throw new Error(`team ${teamId}: joining produced no event`);
    }
    return {
      membership: {
        teamId,
        volunteerId,
        status: 'current',
        at: joined.data.joinedAt,
        reason: null,
        memberCount: result.state.members.size,
      },
      revision: result.revision,
    };
  }
}
