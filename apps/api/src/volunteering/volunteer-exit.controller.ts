import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Clock, ExitVolunteerCommand, RejoinVolunteerCommand } from '@ledger/application';
import { TEXT_LIMITS } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, setETag } from '../http/if-match';
import { commandContextOf } from '../http/request-context';
import { EmptyBody } from './empty-body.pipe';
import { VolunteerIdParam } from './id-param.pipe';

export class ExitVolunteerDto {
  @ApiPropertyOptional({
    example: '工作调动，离开本县',
    maxLength: TEXT_LIMITS.reason,
    description: 'Why; required when an administrator records the exit, optional for the volunteer itself.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.reason)
  reason?: string;
}

export class ServiceStatusDto {
  @ApiProperty({ enum: ['active', 'exited'] }) status!: 'active' | 'exited';
}

/**
 * Exit and rejoin (退出、重新加入): the volunteer's own account, or an administrator of its region.
 * An exited volunteer keeps its hours, points, stars and certificates; new records, sign-ups and
 * check-ins are refused with 422 VOLUNTEER_EXITED until it rejoins.
 */
@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteerExitController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':id/exit')
  @HttpCode(200)
  @Roles('admin', 'volunteer')
  @ApiOperation({
    summary:
      'End a volunteer’s service (the volunteer itself, or an administrator of its region with a reason)',
    description:
      'Appends VolunteerExited; exiting again records nothing more. History, points, stars and certificates stay; ' +
      'new service records are refused with 422 VOLUNTEER_EXITED until the volunteer rejoins.',
  })
  @ApiOkResponse({ type: ServiceStatusDto })
  async exit(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: ExitVolunteerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceStatusDto> {
    const { status, revision } = await this.commands.execute(
      new ExitVolunteerCommand(
        id,
        body.reason ?? null,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return { status };
  }

  @Post(':id/rejoin')
  @HttpCode(200)
  @Roles('admin', 'volunteer')
  @ApiOperation({
    summary: 'An exited volunteer serves again (the volunteer itself, or an administrator of its region)',
    description: 'Appends VolunteerRejoined; rejoining a volunteer who serves records nothing.',
  })
  @ApiOkResponse({ type: ServiceStatusDto })
  async rejoin(
    @Param('id', VolunteerIdParam) id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceStatusDto> {
    const { status, revision } = await this.commands.execute(
      new RejoinVolunteerCommand(
        id,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return { status };
  }
}
