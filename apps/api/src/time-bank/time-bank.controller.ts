import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Clock,
  LinkFamilyMemberCommand,
  TransferTimeBankCommand,
  WithdrawTimeBankCommand,
} from '@ledger/application';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated } from '../http/if-match';
import { commandContextOf } from '../http/request-context';
import { VolunteerIdParam } from '../volunteering/id-param.pipe';
import {
  FamilyLinkDto,
  LinkFamilyMemberDto,
  TransferDto,
  TransferTimeBankDto,
  WithdrawalDto,
  WithdrawTimeBankDto,
} from './dto/time-bank.dto';

/** Time bank (时间储蓄): withdrawals for services received, family links and transfers to family. */
@ApiTags('time bank')
@ApiBearerAuth()
@Controller('volunteers')
export class TimeBankController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':id/time-bank/withdrawals')
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Record a service the volunteer or its family received, paid from its time bank',
    description:
      'Administrators and organisers of the volunteer’s region. 422 INSUFFICIENT_TIME_BALANCE when the ' +
      'balance does not cover it: the balance never goes below zero. Idempotency-Key makes a retry harmless.',
  })
  @ApiCreatedResponse({ type: WithdrawalDto })
  async withdraw(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: WithdrawTimeBankDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WithdrawalDto> {
    const { withdrawal, revision } = await this.commands.execute(
      new WithdrawTimeBankCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    replyCreated(reply, `/api/v1/volunteers/${id}/history`, revision);
    return withdrawal;
  }

  @Post(':id/family')
  @Roles('admin', 'volunteer')
  @ApiOperation({
    summary: 'Register a family member (the volunteer itself, or an administrator of its region)',
    description:
      'The family member must be a registered, not forgotten volunteer. The link is recorded on both ' +
      'volunteers, with the reverse relation on the family member, so either may give minutes to the other.',
  })
  @ApiCreatedResponse({ type: FamilyLinkDto })
  async linkFamily(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: LinkFamilyMemberDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FamilyLinkDto> {
    const { link, revision } = await this.commands.execute(
      new LinkFamilyMemberCommand(id, body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/volunteers/${id}`, revision);
    return link;
  }

  @Post(':id/time-bank/transfers')
  @Roles('volunteer')
  @ApiOperation({
    summary: 'Give time-bank minutes to a registered family member (the volunteer itself)',
    description:
      '422 NOT_FAMILY unless the receiver is registered family; 422 INSUFFICIENT_TIME_BALANCE when the ' +
      'balance does not cover it. With the same Idempotency-Key a retry never transfers twice.',
  })
  @ApiCreatedResponse({ type: TransferDto })
  async transfer(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: TransferTimeBankDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TransferDto> {
    const { transfer, revision } = await this.commands.execute(
      new TransferTimeBankCommand(id, body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/volunteers/${id}/history`, revision);
    return transfer;
  }
}
