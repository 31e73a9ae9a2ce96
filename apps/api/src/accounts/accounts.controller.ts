import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccessDenied,
  assertRegion,
  Clock,
  RegisterAccountCommand,
  ResetAccountPasswordCommand,
  toAccountView,
} from '@ledger/application';
import { type Actor, NotFound, regionCodeRange } from '@ledger/domain';
import { AccountsReadModel } from '@ledger/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { AccountPageDto, ListAccountsQuery } from './dto/account-list.dto';
import { AccountDto, CreateAccountDto, PasswordResetDto, ResetPasswordDto } from './dto/create-account.dto';

const ACCOUNT_ID = /^acc-[0-9a-f]{24}$/;

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly accounts: AccountsReadModel,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create an account (administrators, inside their region)' })
  @ApiCreatedResponse({ type: AccountDto })
  async create(
    @Body() body: CreateAccountDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccountDto> {
    const { account, revision } = await this.commands.execute(
      new RegisterAccountCommand(body, commandContextOf(request, this.clock.now())),
    );
    replyCreated(reply, `/api/v1/accounts/${account.id}`, revision);
    return account;
  }

  @Post(':id/password-reset')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: "Reset an account's password (administrators of the account's region or above)",
    description:
      'Sets a new initial password (the one sent, or a generated one answered once as initialPassword), ' +
      'records AccountPasswordReset, makes the holder change it at the next sign-in, and ends the tokens ' +
      'the account already holds. An account outside the region is 403; an unknown one 404.',
  })
  @ApiOkResponse({ type: PasswordResetDto })
  async resetPassword(
    @Param('id') id: string,
    @Body() body: ResetPasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PasswordResetDto> {
    if (!ACCOUNT_ID.test(id)) throw new NotFound('account', id);
    const { account, initialPassword, revision } = await this.commands.execute(
      new ResetAccountPasswordCommand(
        { accountId: id, newPassword: body.newPassword, reason: body.reason },
        commandContextOf(request, this.clock.now()),
      ),
    );
    setETag(reply, revision);
    // The answer may hold a password: no cache may keep it.
    void reply.header('cache-control', 'no-store');
    return initialPassword === undefined ? { account } : { account, initialPassword };
  }

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: "List the accounts of the administrator's region",
    description: 'Filters: role, q (a part of the username). Order: by username. Never a password hash.',
  })
  @ApiOkResponse({ type: AccountPageDto })
  list(@Query() query: ListAccountsQuery, @CurrentActor() actor: Actor): Page<AccountDto> {
    const request = pageRequestOf(query);
    const { rows, total } = this.accounts.listAccounts(
      { region: regionCodeRange(actor.regionCode), role: query.role, q: query.q },
      request,
    );
    return pageOf(request, rows.map(toAccountView), total);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Read an account (administrators and auditors of its region, or the account itself)',
  })
  @ApiOkResponse({ type: AccountDto })
  get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): AccountDto {
    const row = this.accounts.findById(id);
    if (!row) throw new NotFound('account', id);
    if (actor.accountId !== id) {
      if (actor.role !== 'admin' && actor.role !== 'auditor')
        throw new AccessDenied('you may read only your own account');
      assertRegion(actor, row.region_code);
    }
    setETag(reply, row.revision);
    return toAccountView(row);
  }
}
