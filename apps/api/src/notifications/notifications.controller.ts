import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Clock, NotificationInbox } from '@ledger/application';
import { ROLES, type Actor } from '@ledger/domain';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { PageMetaDto, PageQuery, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { EmptyBody } from '../volunteering/empty-body.pipe';

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the unread' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export class NotificationDto {
  @ApiProperty({ example: 'ntf-3f5c0a9e1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    example: 'record-confirmed',
    description:
      'record-confirmed, record-rejected, record-voided, star-awarded, certificate-issued, signup-accepted, ' +
      'signup-waitlisted, signup-approved, signup-declined, waitlist-promoted; staff: signup-awaiting-approval',
  })
  kind!: string;
  @ApiProperty({ example: '服务记录已确认' }) title!: string;
  @ApiProperty({ example: '2026年3月5日 的服务记录（60 分钟）已确认，计入志愿服务时长。' }) body!: string;
  @ApiPropertyOptional({
    example: '/service-records/rec-…',
    description: 'the resource it is about, under /api/v1',
  })
  link?: string;
  @ApiProperty() read!: boolean;
}

export class NotificationPageDto extends PageMetaDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ description: 'unread notifications in the inbox (for the header badge)' }) unread!: number;
}

export class UnreadCountDto {
  @ApiProperty() unread!: number;
}

/**
 * Every account's inbox (消息): what happened to its records, sign-ups, stars and certificates, and
 * for staff what waits in their region. Newest first.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationInbox,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The caller’s notifications, newest first (unread=true: only the unread)' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@Query() query: NotificationsQuery, @CurrentActor() actor: Actor): NotificationPageDto {
    const request = pageRequestOf(query);
    const page = this.inbox.list(actor, {
      unreadOnly: query.unread === 'true',
      limit: request.limit,
      offset: request.offset,
    });
    return { ...page, page: request.page, pageSize: request.pageSize };
  }

  @Post('read-all')
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Mark every notification now in the caller’s inbox read' })
  @ApiOkResponse({ type: UnreadCountDto })
  readAll(@Body(EmptyBody) _body: unknown, @Req() request: FastifyRequest): Promise<UnreadCountDto> {
    return this.inbox.markAllRead(commandContextOf(request, this.clock.now()));
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Mark one notification of the caller’s inbox read (404 for one not in it)' })
  @ApiOkResponse({ type: NotificationDto })
  read(
    @Param('id') id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<NotificationDto> {
    return this.inbox.markRead(id, commandContextOf(request, this.clock.now()));
  }
}
