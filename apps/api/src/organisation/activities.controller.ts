import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActivityView, Clock, OrganisationQueries, ScheduleActivityCommand } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { recruitmentOf } from '../journey/dto/recruitment.dto';
import { replyCreated, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ActivityPageDto, ListActivitiesQuery } from './dto/organisation-lists.dto';
import { ActivityDto, CreateActivityDto } from './dto/activity.dto';
import { OrganisationLists } from './organisation-lists';

@ApiTags('activities')
@ApiBearerAuth()
@Controller('activities')
export class ActivitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: OrganisationQueries,
    private readonly lists: OrganisationLists,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List the activities in the caller's region",
    description:
      'Filters: q (a part of the title), projectId, stationId, from and to (dates its start falls on, Asia/Shanghai, both included). Order: the latest start first.',
  })
  @ApiOkResponse({ type: ActivityPageDto })
  list(@Query() query: ListActivitiesQuery, @CurrentActor() actor: Actor): Page<ActivityView> {
    return this.lists.activities(actor, query);
  }

  @Post()
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Schedule an activity under a project (administrators and organisers)',
    description:
      'The answer lists the campaigns (学雷锋, 全国科技工作者日, 全国科普日/月, 国际志愿者日, 三下乡) its Asia/Shanghai dates fall in. ' +
      'With recruitment, it recruits from the start (ActivityRecruitmentChanged). ' +
      'Refusals: 422 OUTSIDE_PROJECT_REGION, 422 STATION_OUTSIDE_REGION, 422 TEAM_OUTSIDE_REGION.',
  })
  @ApiCreatedResponse({ type: ActivityDto })
  async create(
    @Body() body: CreateActivityDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivityView> {
    const { activity, revision } = await this.commands.execute(
      new ScheduleActivityCommand(
        { ...body, recruitment: body.recruitment ? recruitmentOf(body.recruitment) : null },
        commandContextOf(request, this.clock.now()),
      ),
    );
    replyCreated(reply, `/api/v1/activities/${activity.id}`, revision);
    return activity;
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({ summary: 'Read an activity with its campaigns and confirmed-record count' })
  @ApiOkResponse({ type: ActivityDto })
  get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): ActivityView {
    const { view, revision } = this.queries.activity(actor, id);
    setETag(reply, revision);
    return view;
  }
}
