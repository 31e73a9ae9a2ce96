import { Body, Controller, Get, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
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
  EstablishStationCommand,
  OrganisationQueries,
  type StationView,
  UpdateStationChecklistCommand,
} from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ListStationsQuery, StationPageDto } from './dto/organisation-lists.dto';
import { CreateStationDto, StationChecklistDto, StationDto } from './dto/station.dto';
import { OrganisationLists } from './organisation-lists';

@ApiTags('stations')
@ApiBearerAuth()
@Controller('stations')
export class StationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: OrganisationQueries,
    private readonly lists: OrganisationLists,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List the service stations in the caller's region, with their six musts",
    description: 'Filters: q (a part of the name), pilotId. Order: by name.',
  })
  @ApiOkResponse({ type: StationPageDto })
  list(@Query() query: ListStationsQuery, @CurrentActor() actor: Actor): Page<StationView> {
    return this.lists.stations(actor, query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Establish a service station at a public venue (administrators)' })
  @ApiCreatedResponse({ type: StationDto })
  async create(
    @Body() body: CreateStationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StationView> {
    const { station, revision } = await this.commands.execute(
      new EstablishStationCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/stations/${station.id}`, revision);
    return station;
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({ summary: 'Read a station with its six-musts checklist' })
  @ApiOkResponse({ type: StationDto })
  get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): StationView {
    const { view, revision } = this.queries.station(actor, id);
    setETag(reply, revision);
    return view;
  }

  @Put(':id/checklist')
  @Roles('admin')
  @ApiOperation({
    summary: 'Assess the six musts (有场所、有队伍、有项目、有设施、有制度、有标识)',
    description:
      'All six booleans, every time. Send If-Match with the ETag read to avoid overwriting another assessment.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag (station revision) last read' })
  @ApiOkResponse({ type: StationDto })
  async checklist(
    @Param('id') id: string,
    @Body() body: StationChecklistDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StationView> {
    const { station, revision } = await this.commands.execute(
      new UpdateStationChecklistCommand(
        id,
        { ...body },
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return station;
  }
}
