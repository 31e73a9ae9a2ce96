import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  type BenefitView,
  Clock,
  OfferBenefitCommand,
  type PartnerView,
  RedemptionQueries,
  type RedemptionView,
  RegisterPartnerCommand,
} from '@ledger/application';
import { type Actor, businessDateOf, isCalendarDate, ValidationFailed } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { BenefitDto, CreateBenefitDto, CreatePartnerDto, PartnerDto } from './dto/partner.dto';
import {
  BenefitListQueryDto,
  BenefitPageDto,
  type PartnerListItemDto,
  PartnerListQueryDto,
  PartnerPageDto,
  RedemptionCsvQueryDto,
} from './dto/partner-list.dto';
import { RedemptionListDto } from './dto/redemption.dto';
import { BenefitIdParam, PartnerIdParam } from './partner-id.pipe';
import { redemptionsCsv } from './redemptions-csv';

/** The longest period one redemption listing covers (a month and a bit: a monthly export). */
const MAX_LIST_DAYS = 62;

/** The period of a redemption listing: default today; one date alone is that day; at most MAX_LIST_DAYS. */
function listingPeriod(today: string, from?: string, to?: string): { start: string; end: string } {
  const start = from ?? to ?? today;
  const end = to ?? from ?? today;
  const errors = [
    ...(isCalendarDate(start) ? [] : [{ field: 'from', message: 'must be a date YYYY-MM-DD' }]),
    ...(isCalendarDate(end) ? [] : [{ field: 'to', message: 'must be a date YYYY-MM-DD' }]),
  ];
  if (!errors.length && end < start) errors.push({ field: 'to', message: 'must not be before from' });
  if (!errors.length && Date.parse(end) - Date.parse(start) > MAX_LIST_DAYS * 86_400_000) {
    errors.push({ field: 'to', message: `a listing covers at most ${MAX_LIST_DAYS} days` });
  }
  if (errors.length) throw new ValidationFailed(errors);
  return { start, end };
}

@ApiTags('partners')
@ApiBearerAuth()
@Controller('partners')
export class PartnersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: RedemptionQueries,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a partner venue (administrators of its region)' })
  @ApiCreatedResponse({ type: PartnerDto })
  async create(
    @Body() body: CreatePartnerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerView> {
    const { partner, revision } = await this.commands.execute(
      new RegisterPartnerCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/partners/${partner.id}`, revision);
    return partner;
  }

  @Get()
  @Roles('admin', 'organiser', 'auditor', 'partner')
  @ApiOperation({
    summary: 'Partner venues by name (then id), a page at a time',
    description:
      'Administrators, organisers and auditors see the venues registered inside their region; a partner ' +
      'account sees only its own. `q` matches a part of the name.',
  })
  @ApiOkResponse({ type: PartnerPageDto })
  listPartners(@Query() query: PartnerListQueryDto, @CurrentActor() actor: Actor): Page<PartnerListItemDto> {
    const page = pageRequestOf(query);
    const { items, total } = this.queries.partnerList(actor, { q: query.q }, page);
    return pageOf(page, items, total);
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor', 'partner')
  @ApiOperation({ summary: 'Read a partner venue' })
  @ApiOkResponse({ type: PartnerDto })
  get(
    @Param('id', PartnerIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): PartnerView {
    const { partner, revision } = this.queries.partner(actor, id);
    setETag(reply, revision);
    return partner;
  }

  @Post(':id/benefits')
  @Roles('admin')
  @ApiOperation({ summary: "Offer a benefit at a partner venue (administrators of the partner's region)" })
  @ApiCreatedResponse({ type: BenefitDto })
  async offer(
    @Param('id', PartnerIdParam) id: string,
    @Body() body: CreateBenefitDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BenefitView> {
    const { benefit, revision } = await this.commands.execute(
      new OfferBenefitCommand(id, { ...body }, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/benefits/${benefit.id}`, revision);
    return benefit;
  }

  @Get(':id/benefits')
  @ApiOperation({
    summary: "A partner's benefits by title (then id), with the stock left, a page at a time",
    description:
      'Who may read its benefits one by one (GET /benefits/{id}): readers of its region, the venue itself, ' +
      'volunteers on its region’s line. `active=true`: on offer today; `active=false`: ended or not begun.',
  })
  @ApiOkResponse({ type: BenefitPageDto })
  benefits(
    @Param('id', PartnerIdParam) id: string,
    @Query() query: BenefitListQueryDto,
    @CurrentActor() actor: Actor,
  ): Page<BenefitView> {
    const page = pageRequestOf(query);
    const active = query.active === undefined ? undefined : query.active === 'true';
    const today = businessDateOf(this.clock.now());
    const { items, total } = this.queries.benefitsOfPartner(actor, id, { active, today }, page);
    return pageOf(page, items, total);
  }

  @Get(':id/redemptions.csv')
  @Roles('admin', 'auditor', 'partner')
  @ApiOperation({
    summary: "A partner's redemptions between two dates as CSV (for a spreadsheet), oldest first",
    description:
      'The same period rules and the same callers as GET /partners/{id}/redemptions. UTF-8 with a byte order ' +
      'mark, RFC 4180 quoting, CRLF lines; one row per redemption, the volunteer by number, never by name. ' +
      'By default for people: the columns 兑换编号, 申请时间, 权益, 志愿者编号, 积分, 状态, 核销时间, 撤销时间; ' +
      'statuses in Chinese (处理中, 已预留, 未成功, 已核销, 已撤销, 已过期); times in Beijing time as ' +
      '`YYYY-MM-DD HH:mm`. With `format=machine`, for programs: the columns id, requestedAt, benefit, ' +
      'volunteerNo, points, status, capturedAt, voidedAt; the API’s status names (requested, held, failed, ' +
      'captured, voided, expired); ISO 8601 times in Asia/Shanghai with their +08:00 offset. Text cells ' +
      'starting with = + - @ are prefixed with a single quote, so a spreadsheet never runs them as formulas.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the CSV file (attachment)', schema: { type: 'string' } })
  csv(
    @Param('id', PartnerIdParam) id: string,
    @Query() query: RedemptionCsvQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string {
    const { start, end } = listingPeriod(businessDateOf(this.clock.now()), query.from, query.to);
    const lines = this.queries.redemptionExport(actor, id, start, end);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="redemptions-${id}-${start}-${end}.csv"`)
      .header('cache-control', 'no-store');
    return redemptionsCsv(lines, query.format ?? 'people');
  }

  @Get(':id/redemptions')
  @Roles('admin', 'auditor', 'partner')
  @ApiOperation({
    summary: "A partner's redemptions requested between two dates (default: today), oldest first",
  })
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD, Asia/Shanghai' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD, inclusive' })
  @ApiOkResponse({ type: RedemptionListDto })
  list(
    @Param('id', PartnerIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): { items: RedemptionView[] } {
    const { start, end } = listingPeriod(businessDateOf(this.clock.now()), from, to);
    return { items: this.queries.redemptionsOfPartner(actor, id, start, end) };
  }
}

@ApiTags('partners')
@ApiBearerAuth()
@Controller('benefits')
export class BenefitsController {
  constructor(private readonly queries: RedemptionQueries) {}

  @Get(':id')
  @ApiOperation({ summary: 'Read a benefit with the stock left' })
  @ApiOkResponse({ type: BenefitDto })
  get(
    @Param('id', BenefitIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): BenefitView {
    const { benefit, revision } = this.queries.benefit(actor, id);
    setETag(reply, revision);
    return benefit;
  }
}
