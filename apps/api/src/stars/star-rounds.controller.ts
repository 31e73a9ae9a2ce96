import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type Command, CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Clock,
  type CommandContext,
  DrawStarRoundCommand,
  ExcludeStarCandidateCommand,
  FinalizeStarRoundCommand,
  OpenStarRoundCommand,
  PublishStarNoticeCommand,
  StarQueries,
} from '@ledger/application';
import { type Actor, regionCodeRange } from '@ledger/domain';
import { StarRoundsReadModel } from '@ledger/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated, setETag } from '../http/if-match';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { EmptyBody } from '../volunteering/empty-body.pipe';
import {
  ExcludeCandidateDto,
  OpenStarRoundDto,
  StarCandidatePageDto,
  StarCandidatesQueryDto,
  StarDrawDto,
  StarRoundDto,
} from './dto/star.dto';
import {
  type StarRoundListItemDto,
  StarRoundListQueryDto,
  StarRoundPageDto,
} from './dto/star-round-list.dto';
import { StarRoundIdParam } from './star-id.pipe';

const CANDIDATE_PAGE_DEFAULT = 100;

@ApiTags('stars')
@ApiBearerAuth()
@Controller('star-rounds')
export class StarRoundsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: StarQueries,
    private readonly rounds: StarRoundsReadModel,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Open a star certification round for a region, a cutoff date and a rule set (administrators of the region)',
    description:
      'The rule set (default `national`) is copied into the round. 422 RULE_SET_NOT_APPLICABLE for a rule set of another province.',
  })
  @ApiCreatedResponse({ type: StarRoundDto })
  async open(
    @Body() body: OpenStarRoundDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StarRoundDto> {
    const { view, revision } = await this.commands.execute(
      new OpenStarRoundCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/star-rounds/${view.id}`, revision);
    return view;
  }

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({
    summary: 'Star rounds newest first (by when they were opened, then id), a page at a time',
    description:
      'Administrators and auditors see the rounds of regions inside theirs (as GET /star-rounds/{id}). ' +
      '`noticeEndsOn` appears once the notice is published, `finalizedAt` once the round is finalized.',
  })
  @ApiOkResponse({ type: StarRoundPageDto })
  list(@Query() query: StarRoundListQueryDto, @CurrentActor() actor: Actor): Page<StarRoundListItemDto> {
    const page = pageRequestOf(query);
    // The roles are the guard's; the region is the caller's own, so the page holds only rounds it may read.
    const { rows, total } = this.rounds.page(
      { region: regionCodeRange(actor.regionCode), status: query.status },
      page,
    );
    return pageOf(
      page,
      rows.map((row) => ({
        id: row.round_id,
        regionCode: row.region_code,
        cutoff: row.cutoff,
        status: row.status,
        ruleSetId: row.rule_set_id,
        ruleSet: this.queries.ruleSetRefOf(row),
        candidateCount: row.candidate_count,
        excludedCount: row.excluded_count,
        ...(row.notice_ends_on ? { noticeEndsOn: row.notice_ends_on } : {}),
        openedAt: row.opened_at,
        ...(row.finalized_at ? { finalizedAt: row.finalized_at } : {}),
      })),
      total,
    );
  }

  @Get(':id')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Read a round: status, counts, notice dates and the finalize outcome' })
  @ApiOkResponse({ type: StarRoundDto })
  get(
    @Param('id', StarRoundIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): StarRoundDto {
    const { view, revision } = this.queries.round(actor, id);
    setETag(reply, revision);
    return view;
  }

  @Get(':id/candidates')
  @Roles('admin', 'auditor')
  @ApiOperation({
    summary: "A round's candidates by volunteer id, with exclusions and award outcomes, a page at a time",
  })
  @ApiOkResponse({ type: StarCandidatePageDto })
  candidates(
    @Param('id', StarRoundIdParam) id: string,
    @Query() query: StarCandidatesQueryDto,
    @CurrentActor() actor: Actor,
  ): StarCandidatePageDto {
    const limit = query.limit ?? CANDIDATE_PAGE_DEFAULT;
    const items = this.queries.candidates(actor, id, limit + 1, query.after);
    const page = items.slice(0, limit);
    return { items: page, ...(items.length > limit ? { next: page[page.length - 1].volunteerId } : {}) };
  }

  @Post(':id/draw')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Draw the candidates from the qualification read model',
    description:
      'Hours count when the service took place on or before the cutoff (and in its calendar year for a ' +
      'calendar-year rule set) and the record is confirmed at the draw. Candidates: volunteers of the ' +
      'region and below whose qualified level exceeds their awarded level, banned and forgotten ones left out. ' +
      'A redraw before the notice replaces them (422 NOTICE_ALREADY_PUBLISHED after).',
  })
  @ApiOkResponse({ type: StarDrawDto })
  async draw(
    @Param('id', StarRoundIdParam) id: string,
    @Body(EmptyBody) _body: undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StarDrawDto> {
    return this.onRound(
      request,
      reply,
      (context, expectedRevision) => new DrawStarRoundCommand(id, context, expectedRevision),
    );
  }

  @Post(':id/exclusions')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Exclude a candidate, with the reason (after the draw, also during the notice)',
    description:
      '422 ROUND_NOT_DRAWN, NOT_A_CANDIDATE, ROUND_FINALIZED. Excluding the same volunteer again changes nothing.',
  })
  @ApiOkResponse({ type: StarRoundDto })
  async exclude(
    @Param('id', StarRoundIdParam) id: string,
    @Body() body: ExcludeCandidateDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StarRoundDto> {
    return this.onRound(
      request,
      reply,
      (context, expectedRevision) => new ExcludeStarCandidateCommand(id, body, context, expectedRevision),
    );
  }

  @Post(':id/notice')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Publish the public notice (公示); it runs for the rule set’s working days after today',
    description:
      'Working days skip weekends and public holidays and count the weekend days worked in exchange (调休), per ' +
      'the State Council’s yearly notice. `noticeEndsOn` is its last working day.',
  })
  @ApiOkResponse({ type: StarRoundDto })
  async notice(
    @Param('id', StarRoundIdParam) id: string,
    @Body(EmptyBody) _body: undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StarRoundDto> {
    return this.onRound(
      request,
      reply,
      (context, expectedRevision) => new PublishStarNoticeCommand(id, context, expectedRevision),
    );
  }

  @Post(':id/finalize')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Finalize: award each remaining candidate’s star on the volunteer’s stream',
    description:
      '422 NOTICE_PERIOD_NOT_OVER until the day after noticeEndsOn (NOTICE_NOT_PUBLISHED before the notice). ' +
      'Certifying level by star: 1–2★ county, 3–4★ city, 5★ province; an administrator of too low a level ' +
      'is refused with 422 CERTIFYING_LEVEL_TOO_LOW (exclude those candidates, or finalize from a higher level). ' +
      'Resumable: calling it again after an interruption completes the awards, never awarding twice.',
  })
  @ApiOkResponse({ type: StarRoundDto })
  async finalize(
    @Param('id', StarRoundIdParam) id: string,
    @Body(EmptyBody) _body: undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StarRoundDto> {
    const { view, revision } = await this.commands.execute(
      new FinalizeStarRoundCommand(id, commandContextOf(request, this.clock.now())),
    );
    setETag(reply, revision);
    return view;
  }

  /** A command on one round: with the caller's If-Match, answered with the round and its ETag. */
  private async onRound<View>(
    request: FastifyRequest,
    reply: FastifyReply,
    command: (
      context: CommandContext,
      expectedRevision: number | undefined,
    ) => Command<{ view: View; revision: number }>,
  ): Promise<View> {
    const { view, revision } = await this.commands.execute(
      command(commandContextOf(request, this.clock.now()), parseIfMatch(request.headers['if-match'])),
    );
    setETag(reply, revision);
    return view;
  }
}
