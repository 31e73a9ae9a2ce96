import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PasswordHasher } from '@ledger/application';
import { type Actor, normalizeUsername } from '@ledger/domain';
import { AccountsReadModel } from '@ledger/projections';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import { CurrentActor } from '../http/request-context';
import { AccessTokens } from './access-tokens';
import { Public } from './decorators';
import { MeDto } from './dto/me.dto';
import { TokenRequestDto, TokenResponseDto } from './dto/token-request.dto';
import { RateLimits } from './rate-limits';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsReadModel,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokens,
    private readonly limits: RateLimits,
  ) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for an access token' })
  async token(@Body() body: TokenRequestDto, @Req() request: FastifyRequest): Promise<TokenResponseDto> {
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
    return this.tokens.issue({ sub: account.account_id, role: account.role, region: account.region_code });
  }

  @Get('me')
  @ApiBearerAuth()
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
    };
  }
}
