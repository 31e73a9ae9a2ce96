import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangeOwnPasswordCommand, Clock, PasswordHasher, WRONG_CURRENT_PASSWORD } from '@ledger/application';
import { type Actor, normalizeUsername, RuleViolation } from '@ledger/domain';
import { type AccountRow, AccountsReadModel } from '@ledger/projections';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { AccessTokens } from './access-tokens';
import { AllowedBeforePasswordChange, Public } from './decorators';
import { MeDto } from './dto/me.dto';
import { ChangePasswordDto, SignedInTokenResponseDto, TokenRequestDto } from './dto/token-request.dto';
import { RateLimits } from './rate-limits';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsReadModel,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokens,
    private readonly limits: RateLimits,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for an access token' })
  @ApiOkResponse({ type: SignedInTokenResponseDto })
  async token(
    @Body() body: TokenRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<SignedInTokenResponseDto> {
    const address = request.ip;
    const failures = this.limits.loginFailures;
    if (failures.isBlocked(address)) {
      throw ProblemError.of(
        429,
        'RATE_LIMITED',
        'too many failed sign-ins from this address; try again later',
      );
    }
    const account = this.accounts.findByUsername(normalizeUsername(body.username));
    const valid = account
      ? account.status === 'active' && (await this.hasher.verify(body.password, account.password_hash))
      : await this.hasher.verifyNothing(body.password);
    if (!valid || !account) {
      failures.hit(address);
      throw ProblemError.of(401, 'UNAUTHENTICATED', 'wrong username or password');
    }
    return this.issueFor(account);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary: 'Change the signed-in account’s own password',
    description:
      'Needs the current password (422 WRONG_CURRENT_PASSWORD; counted like a failed sign-in). The new one ' +
      'has at least 8 characters (422 PASSWORD_TOO_SHORT) and differs from the current one (422 ' +
      'PASSWORD_UNCHANGED). Tokens issued before stop working: the answer carries a new one.',
  })
  @ApiOkResponse({ type: SignedInTokenResponseDto })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<SignedInTokenResponseDto> {
    const address = request.ip;
    const failures = this.limits.loginFailures;
    if (failures.isBlocked(address)) {
      throw ProblemError.of(
        429,
        'RATE_LIMITED',
        'too many failed sign-ins from this address; try again later',
      );
    }
    const context = commandContextOf(request, this.clock.now());
    try {
      await this.commands.execute(new ChangeOwnPasswordCommand(body, context));
    } catch (error) {
      if (error instanceof RuleViolation && error.code === WRONG_CURRENT_PASSWORD) failures.hit(address);
      throw error;
    }
    const account = this.accounts.findById(context.actor.accountId);
    if (!account) throw ProblemError.of(401, 'UNAUTHENTICATED', 'the account does not exist or is disabled');
    return this.issueFor(account);
  }

  private issueFor(account: AccountRow): SignedInTokenResponseDto {
    return {
      ...this.tokens.issue({
        sub: account.account_id,
        role: account.role,
        region: account.region_code,
        pwv: account.password_version,
      }),
      mustChangePassword: account.must_change_password === 1,
    };
  }

  @Get('me')
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary:
      "The token's account: its role, region and, for partner and volunteer accounts, whom it acts for",
  })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): MeDto {
    // The guard has just read the account (active, or it refused the call): role and region are the
    // ledger's, not what the token claimed when it was issued.
    const account = this.accounts.findById(actor.accountId);
    if (!account) throw ProblemError.of(401, 'UNAUTHENTICATED', 'the account does not exist or is disabled');
    return {
      accountId: actor.accountId,
      username: account.username,
      role: actor.role,
      regionCode: actor.regionCode,
      ...(actor.partnerId ? { partnerId: actor.partnerId } : {}),
      ...(actor.volunteerId ? { volunteerId: actor.volunteerId } : {}),
      mustChangePassword: account.must_change_password === 1,
    };
  }
}
