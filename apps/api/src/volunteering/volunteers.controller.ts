import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Clock,
  ForgetVolunteerCommand,
  RecordCommendationCommand,
  RecordEvaluationCommand,
  RecordTrainingCommand,
  RegisterVolunteerCommand,
  StarQueries,
  VolunteerQueries,
} from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ReasonDto } from './dto/reason.dto';
import { ServiceRecordPageDto } from './dto/service-record.dto';
import { HISTORY_PAGE_DEFAULT, HistoryPageDto, PageQueryDto, VolunteerSummaryDto } from './dto/summary.dto';
import {
  FamilyListDto,
  ListVolunteersQuery,
  MonthlyHoursDto,
  MonthlyHoursQuery,
  VolunteerListItemDto,
  VolunteerPageDto,
} from './dto/volunteer-lists.dto';
import {
  CommendationDto,
  CommendationListDto,
  EvaluationDto,
  EvaluationListDto,
  RecordCommendationDto,
  RecordEvaluationDto,
  RecordTrainingDto,
  TrainingDto,
  TrainingListDto,
} from './dto/volunteer-entries.dto';
import { RegisterVolunteerDto, VolunteerDto } from './dto/volunteer.dto';
import { VolunteerIdParam } from './id-param.pipe';
import { decodeCursor, encodeCursor } from './page-cursor';
import { VolunteerLists } from './volunteer-lists';

const READERS = ['admin', 'organiser', 'auditor', 'volunteer'] as const;

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: VolunteerQueries,
    private readonly lists: VolunteerLists,
    private readonly clock: Clock,
    private readonly stars: StarQueries,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List and search the volunteers of the caller's region",
    description:
      'q matches a part of the name (Latin letters in any case), a part of the volunteer number ' +
      '(000123, 2026-0001), or a phone number (11 digits, spaces and +86 allowed), the phone compared by ' +
      'a keyed hash (HMAC-SHA256) only. Order: by volunteer number. Items show the masked ID number and ' +
      'phone, so that two people of one name are told apart; never the numbers themselves.',
  })
  @ApiOkResponse({ type: VolunteerPageDto })
  list(
    @Query() query: ListVolunteersQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<VolunteerListItemDto>> {
    return this.lists.list(actor, query);
  }

  @Post()
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Register a volunteer, with consent (administrators and organisers, inside their region)',
    description:
      'Name, ID number and phone are sealed (AES-256-GCM) under a key of this volunteer kept outside the log; ' +
      'responses show only masked forms. One registration per ID type and number (409 CONFLICT).',
  })
  @ApiCreatedResponse({ type: VolunteerDto })
  async register(
    @Body() body: RegisterVolunteerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VolunteerDto> {
    const { volunteer, revision } = await this.commands.execute(
      new RegisterVolunteerCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/volunteers/${volunteer.id}`, revision);
    return volunteer;
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Read a volunteer (masked; "已注销" once forgotten)' })
  @ApiOkResponse({ type: VolunteerDto })
  async get(
    @Param('id', VolunteerIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VolunteerDto> {
    const { volunteer, revision } = await this.queries.volunteer(actor, id);
    setETag(reply, revision);
    return volunteer;
  }

  @Post(':id/forget')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Forget a volunteer (administrators of the region): destroys the key of their personal data',
    description: 'Hours, records and pilot figures stay; the person is unreadable everywhere from then on.',
  })
  @ApiOkResponse({ type: VolunteerDto })
  async forget(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VolunteerDto> {
    const { volunteer, revision } = await this.commands.execute(
      new ForgetVolunteerCommand(
        id,
        body.reason,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return volunteer;
  }

  @Get(':id/summary')
  @Roles(...READERS)
  @ApiOperation({ summary: "A volunteer's confirmed and pending minutes, star levels, points and time bank" })
  @ApiOkResponse({ type: VolunteerSummaryDto })
  summary(@Param('id', VolunteerIdParam) id: string, @CurrentActor() actor: Actor): VolunteerSummaryDto {
    // The qualification under the rule set that will judge the volunteer, named: the stars' rule.
    return this.stars.volunteerSummary(actor, id);
  }

  @Get(':id/monthly-hours')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Confirmed service per month (Asia/Shanghai), every month of the range, zeros too',
    description:
      'A record counts in the month its session started. By default the last 12 months up to the current one; ' +
      'at most 36 months. The volunteer itself and administrators, organisers and auditors of its region.',
  })
  @ApiOkResponse({ type: MonthlyHoursDto })
  monthlyHours(
    @Param('id', VolunteerIdParam) id: string,
    @Query() query: MonthlyHoursQuery,
    @CurrentActor() actor: Actor,
  ): MonthlyHoursDto {
    return this.lists.monthlyHours(actor, id, query);
  }

  @Get(':id/family')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The family members the volunteer registered (those it may give time-bank minutes)',
    description: 'The volunteer itself and administrators, organisers and auditors of its region.',
  })
  @ApiOkResponse({ type: FamilyListDto })
  family(@Param('id', VolunteerIdParam) id: string, @CurrentActor() actor: Actor): Promise<FamilyListDto> {
    return this.lists.familyOf(actor, id);
  }

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every change of the totals, newest first, each with its reason and source' })
  @ApiOkResponse({ type: HistoryPageDto })
  history(
    @Param('id', VolunteerIdParam) id: string,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): HistoryPageDto {
    const page = this.queries.history(
      actor,
      id,
      query.limit ?? HISTORY_PAGE_DEFAULT,
      decodeCursor(query.cursor),
    );
    return {
      items: page.items,
      ...(page.nextBefore !== undefined ? { next: encodeCursor(page.nextBefore) } : {}),
    };
  }

  @Get(':id/service-records')
  @Roles(...READERS)
  @ApiOperation({ summary: "A volunteer's service records, most recently changed first" })
  @ApiOkResponse({ type: ServiceRecordPageDto })
  serviceRecords(
    @Param('id', VolunteerIdParam) id: string,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): ServiceRecordPageDto {
    const page = this.queries.serviceRecords(
      actor,
      id,
      query.limit ?? HISTORY_PAGE_DEFAULT,
      decodeCursor(query.cursor),
    );
    return {
      items: page.items as ServiceRecordPageDto['items'],
      ...(page.nextBefore !== undefined ? { next: encodeCursor(page.nextBefore) } : {}),
    };
  }

  @Post(':id/trainings')
  @Roles('admin', 'organiser')
  @ApiOperation({ summary: 'Record a completed training' })
  @ApiCreatedResponse({ type: TrainingDto })
  async recordTraining(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: RecordTrainingDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TrainingDto> {
    const { training, revision } = await this.commands.execute(
      new RecordTrainingCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    replyCreated(reply, `/api/v1/volunteers/${id}/trainings`, revision);
    return training;
  }

  @Get(':id/trainings')
  @Roles(...READERS)
  @ApiOperation({ summary: "A volunteer's trainings" })
  @ApiOkResponse({ type: TrainingListDto })
  trainings(@Param('id', VolunteerIdParam) id: string, @CurrentActor() actor: Actor): TrainingListDto {
    return { items: this.queries.trainings(actor, id) };
  }

  @Post(':id/commendations')
  @Roles('admin', 'organiser')
  @ApiOperation({ summary: 'Record a commendation (表彰)' })
  @ApiCreatedResponse({ type: CommendationDto })
  async recordCommendation(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: RecordCommendationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommendationDto> {
    const { commendation, revision } = await this.commands.execute(
      new RecordCommendationCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    replyCreated(reply, `/api/v1/volunteers/${id}/commendations`, revision);
    return commendation;
  }

  @Get(':id/commendations')
  @Roles(...READERS)
  @ApiOperation({ summary: "A volunteer's commendations" })
  @ApiOkResponse({ type: CommendationListDto })
  commendations(
    @Param('id', VolunteerIdParam) id: string,
    @CurrentActor() actor: Actor,
  ): CommendationListDto {
    return { items: this.queries.commendations(actor, id) };
  }

  @Post(':id/evaluations')
  @Roles('admin', 'organiser')
  @ApiOperation({ summary: 'Record an evaluation (考核); its comment is sealed like personal data' })
  @ApiCreatedResponse({ type: EvaluationDto })
  async recordEvaluation(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: RecordEvaluationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EvaluationDto> {
    const { evaluation, revision } = await this.commands.execute(
      new RecordEvaluationCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    replyCreated(reply, `/api/v1/volunteers/${id}/evaluations`, revision);
    return evaluation;
  }

  @Get(':id/evaluations')
  @Roles(...READERS)
  @ApiOperation({ summary: "A volunteer's evaluations" })
  @ApiOkResponse({ type: EvaluationListDto })
  async evaluations(
    @Param('id', VolunteerIdParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<EvaluationListDto> {
    return { items: await this.queries.evaluations(actor, id) };
  }
}
