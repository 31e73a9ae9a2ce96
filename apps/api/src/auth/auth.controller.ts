import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PasswordHasher } from '@ledger/application';
import { normalizeUsername } from '@ledger/domain';
import { AccountsReadModel } from '@ledger/projections';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import { AccessTokens } from './access-tokens';
import { Public } from './decorators';
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
}
