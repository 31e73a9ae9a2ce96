import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationIdFor, teamDecider, teamStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { FormTeamCommand } from './form-team.command';
import { assertMayAct, MANAGER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type TeamView, teamViewOf } from './organisation.views';

@CommandHandler(FormTeamCommand)
export class FormTeamHandler implements ICommandHandler<FormTeamCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({ input, context }: FormTeamCommand): Promise<{ team: TeamView; revision: number }> {
    assertMayAct(context.actor, MANAGER_ROLES, input.regionCode);
    const teamId = organisationIdFor('team', context.commandId);
    const result = await this.runner.handle(
      teamDecider,
      teamStream(teamId),
      {
        type: 'FormTeam',
        data: {
          teamId,
          name: input.name,
          regionCode: input.regionCode,
          pilot: await this.references.pilot(input.pilotId),
          institution: { kind: input.institution.kind, name: input.institution.name },
          platformRegistrationNo: input.platformRegistrationNo ?? null,
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    if (result.state.status === 'none') throw new Error(`team ${teamId}: formation produced no event`);
    return { team: teamViewOf(result.state), revision: result.revision };
  }
}
