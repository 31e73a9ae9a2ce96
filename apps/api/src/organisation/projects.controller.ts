import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CreateProjectCommand, OrganisationQueries, type ProjectView } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ListProjectsQuery, ProjectPageDto } from './dto/organisation-lists.dto';
import { CreateProjectDto, ProjectDto } from './dto/project.dto';
import { OrganisationLists } from './organisation-lists';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: OrganisationQueries,
    private readonly lists: OrganisationLists,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List the projects in the caller's region",
    description: 'Filters: q (a part of the name), teamId, pilotId. Order: by name.',
  })
  @ApiOkResponse({ type: ProjectPageDto })
  list(@Query() query: ListProjectsQuery, @CurrentActor() actor: Actor): Page<ProjectView> {
    return this.lists.projects(actor, query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Create a service project run by a team (administrators)',
    description:
      'The team must exist; its region and the project’s must nest (422 TEAM_OUTSIDE_REGION); a pilot must contain the project (422 OUTSIDE_PILOT_REGION).',
  })
  @ApiCreatedResponse({ type: ProjectDto })
  async create(
    @Body() body: CreateProjectDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectView> {
    const { project, revision } = await this.commands.execute(
      new CreateProjectCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/projects/${project.id}`, revision);
    return project;
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({ summary: 'Read a project' })
  @ApiOkResponse({ type: ProjectDto })
  get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): ProjectView {
    const { view, revision } = this.queries.project(actor, id);
    setETag(reply, revision);
    return view;
  }
}
