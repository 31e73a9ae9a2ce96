import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, type NeedSubmittedView, type NeedView, NeedsService } from '@ledger/application';
import { type Actor, isNeedId, NotFound } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { DispatchNeedDto, ListNeedsQuery, ReasonDto, SubmitNeedDto } from './dto/need.dto';

const needIdOf = (id: string): string => {
  if (!isNeedId(id)) throw new NotFound('need', id);
  return id;
};

/** The staff side of needs of the public: the inbox and the steps (PRODUCT.md). */
@ApiTags('needs')
@ApiBearerAuth()
@Controller('needs')
export class NeedsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin', 'organiser')
  @ApiOperation({ summary: 'Enter a need for a caller (the same body as the public form)' })
  async submit(
    @Body() body: SubmitNeedDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NeedSubmittedView> {
    const submitted = await this.needs.submit(body, commandContextOf(request, this.clock.now()), true);
    void reply.status(201).header('location', `/api/v1/needs/${submitted.id}`);
    return submitted;
  }

  @Get()
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: "The needs of the caller's region, overdue first, then the latest",
    description: 'Filters: status, field. Contacts masked.',
  })
  list(@Query() query: ListNeedsQuery, @CurrentActor() actor: Actor): Page<NeedView> {
    const request = pageRequestOf(query);
    const all = this.needs.list(actor, { status: query.status, field: query.field }, this.clock.now());
    return pageOf(request, all.slice(request.offset, request.offset + request.limit), all.length);
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: 'A need with its timeline (contact masked; contact reads shown to administrators)',
  })
  get(@Param('id') id: string, @CurrentActor() actor: Actor): NeedView {
    return this.needs.get(actor, needIdOf(id), this.clock.now());
  }

  @Get(':id/contact')
  @Roles('admin', 'organiser')
  @ApiOperation({ summary: "The requester's unmasked contact; each call is recorded (who, when)" })
  contact(@Param('id') id: string, @Req() request: FastifyRequest) {
    return this.needs.contact(needIdOf(id), commandContextOf(request, this.clock.now()));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Accept a submitted need (administrators of its region)' })
  accept(@Param('id') id: string, @Req() request: FastifyRequest): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.accept(needIdOf(id), commandContextOf(request, now), now);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Decline a submitted need with a reason' })
  decline(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
  ): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.decline(needIdOf(id), body.reason, commandContextOf(request, now), now);
  }

  @Post(':id/dispatch')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Dispatch an accepted need to a team of its region' })
  dispatch(
    @Param('id') id: string,
    @Body() body: DispatchNeedDto,
    @Req() request: FastifyRequest,
  ): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.dispatch(needIdOf(id), body.teamId, commandContextOf(request, now), now);
  }

  @Post(':id/take')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: "The team's organiser (an organiser of the team's region) takes a dispatched need",
  })
  take(@Param('id') id: string, @Req() request: FastifyRequest): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.take(needIdOf(id), commandContextOf(request, now), now);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({ summary: 'The team hands a dispatched or taken need back, with a reason' })
  handBack(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
  ): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.handBack(needIdOf(id), body.reason, commandContextOf(request, now), now);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Close a need with a reason' })
  close(@Param('id') id: string, @Body() body: ReasonDto, @Req() request: FastifyRequest): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.close(needIdOf(id), body.reason, commandContextOf(request, now), now);
  }

  @Post(':id/forget')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: "Forget the requester's contact (administrators): the need's key is destroyed, the counts stay",
  })
  forget(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
  ): Promise<NeedView> {
    const now = this.clock.now();
    return this.needs.forgetRequester(needIdOf(id), body.reason, commandContextOf(request, now), now);
  }
}
