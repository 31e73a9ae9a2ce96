import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { Clock, SECRET_MAX, SECRET_MIN, WebhooksService } from '@ledger/application';
import { MAX_WEBHOOK_EVENTS, type Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { replyCreated } from '../http/if-match';
import { PageMetaDto, PageQuery, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ReasonDto } from '../volunteering/dto/reason.dto';

export class RegisterWebhookDto {
  @ApiProperty({
    example: 'https://sms-gw.example.org/ledger',
    description:
      'https to a public address; http and private addresses only for hosts listed in LEDGER_WEBHOOK_ALLOW_HOSTS',
  })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({
    example: ['ServiceConfirmed', 'VolunteerSignedUp'],
    description: 'event types of docs/events.md, or ["*"]',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_WEBHOOK_EVENTS)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  events!: string[];

  @ApiProperty({
    minLength: SECRET_MIN,
    maxLength: SECRET_MAX,
    description: 'the HMAC-SHA256 key of X-Ledger-Signature; kept outside the log and never shown again',
  })
  @IsString()
  secret!: string;
}

export class WebhookDto {
  @ApiProperty({ example: 'whk-3f5c0a9e1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty({ example: '410000', description: 'it receives the events of this region' })
  regionCode!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty() registeredBy!: string;
  @ApiProperty({ description: 'first 16 hex digits of SHA-256 of the secret (the secret is never shown)' })
  secretFingerprint!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'set once disabled' })
  disabledAt!: string | null;
}

export class WebhookListDto {
  @ApiProperty({ type: [WebhookDto] }) items!: WebhookDto[];
}

export class DeliveryAttemptDto {
  @ApiProperty() attempt!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: Number }) statusCode!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() durationMs!: number;
}

export class DeliveryDto {
  @ApiProperty({ example: 'dlv-…' }) id!: string;
  @ApiProperty({ description: 'the event id: the body’s id' }) eventId!: string;
  @ApiProperty({ example: 'ServiceConfirmed' }) type!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) nextAttemptAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) lastStatusCode!: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ type: [DeliveryAttemptDto] }) log!: DeliveryAttemptDto[];
}

export class DeliveryPageDto extends PageMetaDto {
  @ApiProperty({ type: [DeliveryDto] }) items!: DeliveryDto[];
}

/**
 * Webhooks (administrators): the chosen events of their region, POSTed as {id,type,at,data} with
 * X-Ledger-Signature: sha256=<HMAC-SHA256 of the raw body>, from an outbox, retried with backoff.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Register a webhook (administrators; it receives the events of their region)',
    description:
      'events: type names of docs/events.md or ["*"]; an unknown name is 400. The URL must be https to a public ' +
      'address (resolved now and again at every delivery); loopback, private and link-local addresses are refused ' +
      'unless the host is in LEDGER_WEBHOOK_ALLOW_HOSTS (then http is allowed too). The secret is never returned.',
  })
  @ApiCreatedResponse({ type: WebhookDto })
  async register(
    @Body() body: RegisterWebhookDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookDto> {
    const webhook = await this.webhooks.register(body, commandContextOf(request, this.clock.now()));
    replyCreated(reply, `/api/v1/webhooks/${webhook.id}`, 0);
    return webhook;
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The webhooks of the caller’s region' })
  @ApiOkResponse({ type: WebhookListDto })
  list(@CurrentActor() actor: Actor): WebhookListDto {
    return { items: this.webhooks.list(actor) };
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Stop a webhook (administrators of its region), with a reason',
    description:
      'Appends WebhookDisabled: nothing more is queued for it, and what waited is marked failed, never sent. ' +
      'Disabling again records nothing more.',
  })
  @ApiOkResponse({ type: WebhookDto })
  disable(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Req() request: FastifyRequest,
  ): Promise<WebhookDto> {
    return this.webhooks.disable(id, body.reason, commandContextOf(request, this.clock.now()));
  }

  @Get(':id/deliveries')
  @Roles('admin')
  @ApiOperation({ summary: 'A webhook’s deliveries, newest first, each with its log of attempts' })
  @ApiOkResponse({ type: DeliveryPageDto })
  deliveries(
    @Param('id') id: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): DeliveryPageDto {
    const request = pageRequestOf(query);
    const page = this.webhooks.deliveries(actor, id, request);
    return { ...page, page: request.page, pageSize: request.pageSize };
  }
}
