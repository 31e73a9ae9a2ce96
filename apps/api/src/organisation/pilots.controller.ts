import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CreatePilotCommand, OrganisationQueries, type PilotView } from '@ledger/application';
import type { Actor, PilotProgress } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ListPilotsQuery, PilotPageDto } from './dto/organisation-lists.dto';
import { CreatePilotDto, PilotDto, PilotProgressDto } from './dto/pilot.dto';
import { OrganisationLists } from './organisation-lists';

@ApiTags('pilots')
@ApiBearerAuth()
@Controller('pilots')
export class PilotsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: OrganisationQueries,
    private readonly lists: OrganisationLists,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List the pilots in the caller's region",
    description:
      'Administrators, organisers and auditors see the pilots inside their region. Filters: level, q (a part of the name). Order: the most recently funded first, then by name.',
  })
  @ApiOkResponse({ type: PilotPageDto })
  list(@Query() query: ListPilotsQuery, @CurrentActor() actor: Actor): Page<PilotView> {
    return this.lists.pilots(actor, query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Create a city or county pilot (administrators, inside their region)',
    description:
      'The targets of the provincial plan for its level and a one-year period from the funding date are recorded with it.',
  })
  @ApiCreatedResponse({ type: PilotDto })
  async create(
    @Body() body: CreatePilotDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PilotView> {
    const { pilot, revision } = await this.commands.execute(
      new CreatePilotCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/pilots/${pilot.id}`, revision);
    return pilot;
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({ summary: 'Read a pilot (administrators, organisers and auditors of its region)' })
  @ApiOkResponse({ type: PilotDto })
  get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): PilotView {
    const { view, revision } = this.queries.pilot(actor, id);
    setETag(reply, revision);
    return view;
  }

  @Get(':id/progress')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "A pilot's progress against every target, the days left and what is behind",
    description:
      'A team counts with at least minMembers current members and a 大美志愿 registration number; a project of the pilot counts; ' +
      'an activity counts once it has ended and has a confirmed service record; a station counts when all six musts hold.',
  })
  @ApiOkResponse({ type: PilotProgressDto })
  progress(@Param('id') id: string, @CurrentActor() actor: Actor): PilotProgress & { needs: object } {
    return this.queries.pilotProgress(actor, id, this.clock.now());
  }
}
