import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, DefineRuleSetCommand, StarQueries } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import { type Page, pageOf, PageQuery, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { CreateRuleSetDto, RuleSetDto } from './dto/star.dto';
import { type RuleSetListItemDto, RuleSetPageDto } from './dto/star-round-list.dto';
import { RuleSetIdParam } from './star-id.pipe';

@ApiTags('stars')
@ApiBearerAuth()
@Controller('rule-sets')
export class RuleSetsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: StarQueries,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Define a star-level rule set (province administrators: a region code ending 0000)',
    description:
      'Five strictly ascending whole-hour thresholds for 1★–5★, a cumulative or calendar-year window, and the ' +
      'public notice in working days (0–30). It applies to rounds inside the defining province; the built-in ' +
      '`national` set (100/300/600/1000/1500 h, cumulative, 5 working days) applies everywhere.',
  })
  @ApiCreatedResponse({ type: RuleSetDto })
  async create(
    @Body() body: CreateRuleSetDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RuleSetDto> {
    const { view, revision } = await this.commands.execute(
      new DefineRuleSetCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/rule-sets/${view.id}`, revision);
    return view as RuleSetDto;
  }

  @Get()
  @Roles('admin', 'auditor', 'organiser')
  @ApiOperation({
    summary: "The rule sets a round in the caller's region may apply, a page at a time",
    description:
      'The built-in `national` set first, then those of the caller’s province, newest first. ' +
      '`createdAt`/`createdBy` are null for the built-in set.',
  })
  @ApiOkResponse({ type: RuleSetPageDto })
  list(@Query() query: PageQuery, @CurrentActor() actor: Actor): Page<RuleSetListItemDto> {
    const page = pageRequestOf(query);
    const { items, total } = this.queries.ruleSetPage(actor, page);
    return pageOf(page, items as RuleSetListItemDto[], total);
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor', 'partner', 'volunteer')
  @ApiOperation({
    summary: 'Read a rule set (`national` is the built-in one); every account may read the rules',
  })
  @ApiOkResponse({ type: RuleSetDto })
  async get(
    @Param('id', RuleSetIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RuleSetDto> {
    const { view, revision } = await this.queries.ruleSet(actor, id);
    setETag(reply, revision);
    return view as RuleSetDto;
  }
}
