import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  Clock,
  ConfirmServiceCommand,
  CorrectServiceCommand,
  RecordServiceCommand,
  RecordServicesInBulkCommand,
  RejectServiceCommand,
  ServiceRecordQueries,
  type ServiceRecordResult,
  VoidServiceCommand,
} from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { mapError } from '../http/error-mapping';
import { parseIfMatch, setETag } from '../http/if-match';
import type { Page } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ReasonDto } from './dto/reason.dto';
import {
  BulkResultDto,
  CorrectServiceDto,
  RecordServiceDto,
  RecordServicesInBulkDto,
  ServiceRecordDto,
} from './dto/service-record.dto';
import {
  ListServiceRecordsQuery,
  ServiceRecordListItemDto,
  ServiceRecordListPageDto,
} from './dto/volunteer-lists.dto';
import { EmptyBody } from './empty-body.pipe';
import { ServiceRecordIdParam } from './id-param.pipe';
import { VolunteerLists } from './volunteer-lists';

@ApiTags('service records')
@ApiBearerAuth()
@Controller('service-records')
export class ServiceRecordsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: ServiceRecordQueries,
    private readonly lists: VolunteerLists,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "List service records of the caller's region (status=pending: the confirmation queue)",
    description:
      'A record is listed when it was served in the region or its volunteer belongs to it (who reads it by id). ' +
      'Filters: status, volunteerId, activityId, from and to (the Asia/Shanghai date the session started, both included). ' +
      'Order: by recordedAt, the oldest first for status=pending, otherwise the newest first. Auditors read only.',
  })
  @ApiOkResponse({ type: ServiceRecordListPageDto })
  list(
    @Query() query: ListServiceRecordsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ServiceRecordListItemDto>> {
    return this.lists.serviceRecords(actor, query);
  }

  @Post()
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Record a service session (organisers and administrators of the activity’s region)',
    description:
      'Whole minutes in Asia/Shanghai. 422 END_NOT_AFTER_START, SERVICE_IN_FUTURE, SERVICE_TOO_LONG (over 24 h), ' +
      'SERVICE_TOO_SHORT (under a minute), VOLUNTEER_FORGOTTEN; 404 for an unknown activity or volunteer.',
  })
  @ApiCreatedResponse({ type: ServiceRecordDto })
  async record(
    @Body() body: RecordServiceDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceRecordDto> {
    const result = await this.commands.execute(
      new RecordServiceCommand(body, commandContextOf(request, this.clock.now())),
    );
    void reply.status(201).header('location', `/api/v1/service-records/${result.record.id}`);
    return this.answer(result, reply);
  }

  @Post('bulk')
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Record a whole activity roster',
    description:
      'Each entry is recorded on its own volunteer’s stream and succeeds or fails alone: 201 when every entry ' +
      'was recorded, 207 when some were refused (each result has the status and problem a single POST would ' +
      'have had). With an Idempotency-Key, a retry records nothing twice and retries only the refused entries. ' +
      'Invalid input anywhere, an unknown activity or one outside the caller’s region refuse the whole request.',
  })
  @ApiResponse({ status: 201, type: BulkResultDto })
  @ApiResponse({ status: 207, type: BulkResultDto })
  async recordBulk(
    @Body() body: RecordServicesInBulkDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BulkResultDto> {
    const { outcomes } = await this.commands.execute(
      new RecordServicesInBulkCommand(body, commandContextOf(request, this.clock.now())),
    );
    const results = outcomes.map((outcome) => {
      if (outcome.ok)
        return { index: outcome.index, status: 201, record: outcome.record as ServiceRecordDto };
      const { problem } = mapError(outcome.error);
      return { index: outcome.index, status: problem.status, error: { ...problem } };
    });
    const failed = results.filter((r) => r.status !== 201).length;
    void reply.status(failed ? 207 : 201);
    return { activityId: body.activityId, created: results.length - failed, failed, results };
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor', 'volunteer')
  @ApiOperation({ summary: 'Read a service record with its history' })
  @ApiOkResponse({ type: ServiceRecordDto })
  get(
    @Param('id', ServiceRecordIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): ServiceRecordDto {
    const { record, revision } = this.queries.record(actor, id);
    setETag(reply, revision);
    return record as ServiceRecordDto;
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Confirm a pending record (administrators other than its recorder)',
    description: '422 SELF_CONFIRMATION, OVERLAPPING_SERVICE, RECORD_NOT_PENDING.',
  })
  @ApiOkResponse({ type: ServiceRecordDto })
  async confirm(
    @Param('id', ServiceRecordIdParam) id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceRecordDto> {
    const result = await this.commands.execute(
      new ConfirmServiceCommand(
        id,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    return this.answer(result, reply);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Reject a pending record, with a reason', description: '422 RECORD_NOT_PENDING.' })
  @ApiOkResponse({ type: ServiceRecordDto })
  async reject(
    @Param('id', ServiceRecordIdParam) id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceRecordDto> {
    const result = await this.commands.execute(
      new RejectServiceCommand(
        id,
        body.reason,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    return this.answer(result, reply);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Void a pending or confirmed record, with a reason',
    description: '422 RECORD_ALREADY_VOIDED, RECORD_REJECTED.',
  })
  @ApiOkResponse({ type: ServiceRecordDto })
  async void(
    @Param('id', ServiceRecordIdParam) id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceRecordDto> {
    const result = await this.commands.execute(
      new VoidServiceCommand(
        id,
        body.reason,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    return this.answer(result, reply);
  }

  @Post(':id/corrections')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Correct the times of a record, with a reason',
    description:
      'An administrator’s correction of a confirmed record takes effect at once (it stays confirmed; ' +
      'not when that administrator recorded it); any other correction returns the record to pending. ' +
      '422 OVERLAPPING_SERVICE, CORRECTION_CHANGES_NOTHING, RECORD_ALREADY_VOIDED, RECORD_REJECTED and the time rules.',
  })
  @ApiOkResponse({ type: ServiceRecordDto })
  async correct(
    @Param('id', ServiceRecordIdParam) id: string,
    @Body() body: CorrectServiceDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceRecordDto> {
    const result = await this.commands.execute(
      new CorrectServiceCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    return this.answer(result, reply);
  }

  private answer(result: ServiceRecordResult, reply: FastifyReply): ServiceRecordDto {
    setETag(reply, result.revision);
    return result.record as ServiceRecordDto;
  }
}
