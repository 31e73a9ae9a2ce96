import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Clock, JourneyService } from '@ledger/application';
import type { Actor, Recruitment } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, setETag } from '../http/if-match';
import { type Page, PageMetaDto, pageOf, PageQuery, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { EmptyBody } from '../volunteering/empty-body.pipe';
import { ReasonDto } from '../volunteering/dto/reason.dto';
import {
  OpenActivityDto,
  RecruitmentAnswerDto,
  recruitmentOf,
  RecruitmentDto,
  SignupAnswerDto,
  SignupItemDto,
  SignUpDto,
  WithdrawDto,
} from './dto/recruitment.dto';
import { ActivityIdParam, SignupIdParam } from './journey-params';

class SignupPageDto extends PageMetaDto {
  @ApiProperty({ type: [SignupItemDto], description: 'in arrival order' }) items!: SignupItemDto[];
}

class OpenActivityPageDto extends PageMetaDto {
  @ApiProperty({ type: [OpenActivityDto], description: 'the soonest first' }) items!: OpenActivityDto[];
}

export interface SignupItem {
  readonly id: string;
  readonly volunteerId: string;
  readonly status: string;
  readonly signedUpAt: string;
  readonly waitlistPosition?: number;
}

/** Recruitment on activities, the open list, and sign-ups of an activity (招募与报名). */
@ApiTags('sign-ups')
@ApiBearerAuth()
@Controller('activities')
export class ActivityRecruitmentController {
  constructor(
    private readonly journey: JourneyService,
    private readonly clock: Clock,
  ) {}

  @Get('open')
  @Roles('volunteer')
  @ApiOperation({
    summary: 'Activities recruiting now that reach the volunteer (a volunteer account)',
    description:
      "Those of the volunteer's city and those of its province as a whole, whose sign-up has not closed; a teams audience only to its members. mySignup: the caller's latest sign-up for it.",
  })
  @ApiOkResponse({ type: OpenActivityPageDto })
  open(@Query() query: PageQuery, @CurrentActor() actor: Actor): Page<object> {
    const request = pageRequestOf(query);
    const { rows, total } = this.journey.openActivities(actor, this.clock.now(), request);
    return pageOf(request, rows, total);
  }

  @Get(':id/recruitment')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "Read an activity's recruitment (null when it does not recruit); the ETag is the activity's",
  })
  @ApiOkResponse({ type: RecruitmentAnswerDto })
  recruitment(
    @Param('id', ActivityIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): { recruitment: Recruitment | null } {
    const { recruitment, revision } = this.journey.recruitment(actor, id);
    setETag(reply, revision);
    return { recruitment };
  }

  @Put(':id/recruitment')
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Set how an activity recruits (organisers and administrators of its region)',
    description:
      'Closing recruitment (open: false) or lowering the quota keeps every accepted sign-up. Send If-Match with the ETag of the activity last read. ' +
      'Refusals: 404 for an unknown team, 422 TEAM_OUTSIDE_REGION.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag (activity revision) last read' })
  @ApiOkResponse({ type: RecruitmentAnswerDto })
  async setRecruitment(
    @Param('id', ActivityIdParam) id: string,
    @Body() body: RecruitmentDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ recruitment: Recruitment }> {
    const { recruitment, revision } = await this.journey.setRecruitment(
      id,
      recruitmentOf(body),
      commandContextOf(request, this.clock.now()),
      parseIfMatch(request.headers['if-match']),
    );
    setETag(reply, revision);
    return { recruitment };
  }

  @Post(':id/signups')
  @Roles('admin', 'organiser', 'volunteer')
  @ApiOperation({
    summary: 'Sign up for an activity',
    description:
      'A volunteer account signs itself up (no body); organisers and administrators of the region send {volunteerId}. ' +
      'accepted within the quota, waitlisted beyond it, pending under manual approval. Refusals (422): SIGNUP_CLOSED (recruitment closed, ' +
      'or at the deadline or the start, whichever is first), ALREADY_SIGNED_UP, NOT_IN_AUDIENCE, SCHEDULE_CONFLICT (an overlapping accepted sign-up), VOLUNTEER_EXITED.',
  })
  @ApiCreatedResponse({ type: SignupAnswerDto })
  async signUp(
    @Param('id', ActivityIdParam) id: string,
    @Body() body: SignUpDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ id: string; status: string }> {
    const answer = await this.journey.signUp(
      id,
      body?.volunteerId,
      commandContextOf(request, this.clock.now()),
    );
    void reply.status(201).header('location', `/api/v1/signups/${answer.id}`);
    return answer;
  }

  @Get(':id/signups')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({ summary: "An activity's sign-ups in arrival order, with each waiting one's place in line" })
  @ApiOkResponse({ type: SignupPageDto })
  signups(
    @Param('id', ActivityIdParam) id: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Page<SignupItem> {
    const request = pageRequestOf(query);
    const { rows, total } = this.journey.signupsOf(actor, id, request);
    return pageOf(
      request,
      rows.map((row) => ({
        id: row.signupId,
        volunteerId: row.volunteerId,
        status: row.status,
        signedUpAt: row.signedUpAt,
        ...(row.waitlistPosition === undefined ? {} : { waitlistPosition: row.waitlistPosition }),
      })),
      total,
    );
  }
}

/** Decisions on one sign-up. */
@ApiTags('sign-ups')
@ApiBearerAuth()
@Controller('signups')
export class SignupsController {
  constructor(
    private readonly journey: JourneyService,
    private readonly clock: Clock,
  ) {}

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Approve a pending sign-up: accepted within the quota, waitlisted beyond it',
    description: 'Refusal: 422 SIGNUP_WRONG_STATUS when it is not pending.',
  })
  @ApiOkResponse({ type: SignupAnswerDto })
  approve(
    @Param('id', SignupIdParam) id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<{ id: string; status: string }> {
    return this.journey.decide(id, { kind: 'approve' }, commandContextOf(request, this.clock.now()));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Decline a sign-up with a reason; an accepted one frees its place for the first in line',
    description:
      'Refusal: 422 SIGNUP_WRONG_STATUS for a sign-up already declined, withdrawn or marked no-show.',
  })
  @ApiOkResponse({ type: SignupAnswerDto })
  decline(
    @Param('id', SignupIdParam) id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
  ): Promise<{ id: string; status: string }> {
    return this.journey.decide(
      id,
      { kind: 'decline', reason: body.reason },
      commandContextOf(request, this.clock.now()),
    );
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({
    summary: 'Withdraw a sign-up (the volunteer, before the start); the first in line moves up',
    description: 'Refusals: 422 ACTIVITY_STARTED at or after the start, 422 SIGNUP_WRONG_STATUS.',
  })
  @ApiOkResponse({ type: SignupAnswerDto })
  withdraw(
    @Param('id', SignupIdParam) id: string,
    @Body() body: WithdrawDto,
    @Req() request: FastifyRequest,
  ): Promise<{ id: string; status: string }> {
    return this.journey.withdraw(id, body?.reason ?? null, commandContextOf(request, this.clock.now()));
  }
}
