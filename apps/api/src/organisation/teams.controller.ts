import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  Clock,
  ExitTeamCommand,
  FormTeamCommand,
  JoinTeamCommand,
  type MembershipView,
  OrganisationQueries,
  RecordTeamPlatformRegistrationCommand,
  type TeamView,
} from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ListTeamsQuery, TeamPageDto } from './dto/organisation-lists.dto';
import { ListTeamMembersQuery, type TeamMemberDto, TeamMemberPageDto } from './dto/team-members.dto';
import {
  CreateTeamDto,
  ExitTeamDto,
  JoinTeamDto,
  MembershipDto,
  PlatformRegistrationDto,
  TeamDto,
} from './dto/team.dto';
import { OrganisationLists } from './organisation-lists';
import { TeamMembersList } from './team-members-list';

const IF_MATCH = { name: 'If-Match', required: false, description: 'the ETag (team revision) last read' };

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: OrganisationQueries,
    private readonly lists: OrganisationLists,
    private readonly members: TeamMembersList,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List the teams in the caller's region",
    description: 'Filters: q (a part of the name), pilotId. Order: by name.',
  })
  @ApiOkResponse({ type: TeamPageDto })
  list(@Query() query: ListTeamsQuery, @CurrentActor() actor: Actor): Page<TeamView> {
    return this.lists.teams(actor, query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Form a volunteer team with a partner institution (administrators)' })
  @ApiCreatedResponse({ type: TeamDto })
  async create(
    @Body() body: CreateTeamDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TeamView> {
    const { team, revision } = await this.commands.execute(
      new FormTeamCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/teams/${team.id}`, revision);
    return team;
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({ summary: 'Read a team with its current size' })
  @ApiOkResponse({ type: TeamDto })
  get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): TeamView {
    const { view, revision } = this.queries.team(actor, id);
    setETag(reply, revision);
    return view;
  }

  @Get(':id/members')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List a team's members",
    description:
      'status: active (default, current members), exited or all. Order: by joinedAt, then volunteer number. ' +
      'No ID number or phone. Unknown team: 404; a team outside the caller’s region: 403.',
  })
  @ApiOkResponse({ type: TeamMemberPageDto })
  listMembers(
    @Param('id') id: string,
    @Query() query: ListTeamMembersQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<TeamMemberDto>> {
    return this.members.list(actor, id, query);
  }

  @Put(':id/platform-registration')
  @Roles('admin')
  @ApiOperation({
    summary: 'Record the team’s 大美志愿 registration number',
    description: 'Replacing a number already recorded needs a reason (422 REASON_REQUIRED).',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: TeamDto })
  async register(
    @Param('id') id: string,
    @Body() body: PlatformRegistrationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TeamView> {
    const { team, revision } = await this.commands.execute(
      new RecordTeamPlatformRegistrationCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return team;
  }

  @Post(':id/members')
  @Roles('admin', 'organiser', 'volunteer')
  @ApiOperation({
    summary: 'A volunteer joins the team',
    description: 'The volunteer must exist (404). A volunteer who is already a member: 409 CONFLICT.',
  })
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: MembershipDto })
  async join(
    @Param('id') id: string,
    @Body() body: JoinTeamDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MembershipView> {
    const { membership, revision } = await this.commands.execute(
      new JoinTeamCommand(
        id,
        body.volunteerId,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    replyCreated(reply, `/api/v1/teams/${id}`, revision);
    return membership;
  }

  @Post(':id/members/:volunteerId/exit')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'A member exits the team, with the reason (the exit mechanism)',
    description: 'Only a current member can exit (422 NOT_A_MEMBER).',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MembershipDto })
  async exit(
    @Param('id') id: string,
    @Param('volunteerId') volunteerId: string,
    @Body() body: ExitTeamDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MembershipView> {
    const { membership, revision } = await this.commands.execute(
      new ExitTeamCommand(
        id,
        volunteerId,
        body.reason,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return membership;
  }
}
