import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationIdFor, projectDecider, projectStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { CreateProjectCommand } from './create-project.command';
import { assertMayAct, MANAGER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type ProjectView, projectViewOf } from './organisation.views';

@CommandHandler(CreateProjectCommand)
export class CreateProjectHandler implements ICommandHandler<CreateProjectCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    input,
    context,
  }: CreateProjectCommand): Promise<{ project: ProjectView; revision: number }> {
    assertMayAct(context.actor, MANAGER_ROLES, input.regionCode);
    const projectId = organisationIdFor('project', context.commandId);
    const { state: team } = await this.references.team(input.teamId);
    const result = await this.runner.handle(
      projectDecider,
      projectStream(projectId),
      {
        type: 'CreateProject',
        data: {
          projectId,
          name: input.name,
          team: { teamId: team.teamId, regionCode: team.regionCode },
          regionCode: input.regionCode,
          pilot: await this.references.pilot(input.pilotId),
          field: input.field,
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    if (result.state.status === 'none') throw new Error(`project ${projectId}: creation produced no event`);
    return { project: projectViewOf(result.state), revision: result.revision };
  }
}
