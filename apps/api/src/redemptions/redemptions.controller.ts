import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
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
  CaptureRedemptionCommand,
  Clock,
  IssueRedemptionCodeCommand,
  RedeemCommand,
  RedemptionCodeLookup,
  type RedemptionCodeLookupView,
  RedemptionQueries,
  type RedemptionView,
  VoidRedemptionCommand,
} from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimited, Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import { ProblemError } from '../http/problem';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { EmptyBody } from '../volunteering/empty-body.pipe';
import {
  CreateRedemptionDto,
  RedemptionCodeDto,
  RedemptionDto,
  VoidRedemptionDto,
} from './dto/redemption.dto';
import { RedemptionCodeLookupDto, RedemptionCodeLookupResultDto } from './dto/redemption-code-lookup.dto';
import { RedemptionIdParam } from './partner-id.pipe';

@ApiTags('redemptions')
@ApiBearerAuth()
@Controller('redemptions')
export class RedemptionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: RedemptionQueries,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('volunteer', 'partner', 'admin')
  @ApiOperation({
    summary: 'Redeem points for a benefit: hold the points and a unit of stock',
    description:
      'A volunteer redeems for itself; a partner venue presents the one-time code the volunteer shows ' +
      '(422 INVALID_VOLUNTEER_CODE otherwise, never a bare volunteerId); an administrator names the ' +
      'volunteer. The Idempotency-Key is required: the same key again returns the same redemption, or ' +
      'the same refusal, and redeems nothing more. The hold lapses after 30 minutes unless captured.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '1–128 letters, digits or . _ : -' })
  @ApiCreatedResponse({ type: RedemptionDto })
  async redeem(
    @Body() body: CreateRedemptionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedemptionView> {
    if (request.headers['idempotency-key'] === undefined) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', 'a redemption carries an Idempotency-Key header', {
        errors: [{ field: 'Idempotency-Key', message: 'required' }],
      });
    }
    const { redemption, revision } = await this.commands.execute(
      new RedeemCommand({ ...body }, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/redemptions/${redemption.id}`, revision);
    return redemption;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a redemption' })
  @ApiOkResponse({ type: RedemptionDto })
  get(
    @Param('id', RedemptionIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): RedemptionView {
    const { redemption, revision } = this.queries.redemption(actor, id);
    setETag(reply, revision);
    return redemption;
  }

  @Post(':id/capture')
  @HttpCode(200)
  @Roles('partner', 'admin')
  @ApiOperation({
    summary:
      'Capture a held redemption: the venue hands over the benefit (422 REDEMPTION_EXPIRED after the hold lapsed)',
  })
  @ApiOkResponse({ type: RedemptionDto })
  async capture(
    @Param('id', RedemptionIdParam) id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedemptionView> {
    const { redemption, revision } = await this.commands.execute(
      new CaptureRedemptionCommand(id, commandContextOf(request, this.clock.now())),
    );
    setETag(reply, revision);
    return redemption;
  }

  @Post(':id/void')
  @HttpCode(200)
  @Roles('partner', 'admin', 'volunteer')
  @ApiOperation({ summary: 'Void a held redemption with a reason: the points and the unit go back' })
  @ApiOkResponse({ type: RedemptionDto })
  async void(
    @Param('id', RedemptionIdParam) id: string,
    @Body() body: VoidRedemptionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedemptionView> {
    const { redemption, revision } = await this.commands.execute(
      new VoidRedemptionCommand(id, body.reason, commandContextOf(request, this.clock.now())),
    );
    setETag(reply, revision);
    return redemption;
  }
}

@ApiTags('redemptions')
@ApiBearerAuth()
@Controller('volunteers')
export class RedemptionCodesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':id/redemption-codes')
  @Roles('volunteer')
  @ApiOperation({
    summary: 'A one-time code the volunteer shows at the venue (the volunteer itself; valid for minutes)',
  })
  @ApiCreatedResponse({ type: RedemptionCodeDto })
  async issue(
    @Param('id') id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ code: string; expiresAt: string }> {
    const issued = await this.commands.execute(
      new IssueRedemptionCodeCommand(id, commandContextOf(request, this.clock.now())),
    );
    // The code is a bearer secret: never cached, never logged.
    void reply.status(201).header('cache-control', 'no-store');
    return issued;
  }
}

@ApiTags('redemptions')
@ApiBearerAuth()
@Controller('redemption-codes')
export class RedemptionCodeLookupController {
  constructor(
    private readonly lookups: RedemptionCodeLookup,
    private readonly clock: Clock,
  ) {}

  @Post('lookup')
  @HttpCode(200)
  @Roles('partner', 'admin')
  // Codes are secrets worth guessing: lookups count against the per-address limit, like public calls.
  @RateLimited()
  @ApiOperation({
    summary: "What a volunteer's one-time code may take at the venue, without using the code",
    description:
      'The counter checks before it holds anything: the volunteer (masked name), the points available and, ' +
      "for each of the venue's benefits on offer today, whether a redemption would be accepted now and " +
      'otherwise the code it would be refused with. The code stays unused. A partner account checks its own ' +
      'benefits; an administrator of the region names `partnerId`. 422 INVALID_VOLUNTEER_CODE for an unknown, ' +
      'used or expired code (as POST /redemptions); 422 VOLUNTEER_FORGOTTEN. The code travels only in the body.',
  })
  @ApiOkResponse({ type: RedemptionCodeLookupResultDto })
  async lookup(
    @Body() body: RedemptionCodeLookupDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedemptionCodeLookupView> {
    const result = await this.lookups.lookup({ ...body }, commandContextOf(request, this.clock.now()));
    void reply.header('cache-control', 'no-store');
    return result;
  }
}
