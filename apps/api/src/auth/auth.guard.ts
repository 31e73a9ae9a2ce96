import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor, Role } from '@ledger/domain';
import { AccountsReadModel } from '@ledger/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import { AccessTokens } from './access-tokens';
import { PASSWORD_CHANGE_ALLOWED, PUBLIC_ROUTE, RATE_LIMITED, ROLES } from './decorators';
import { RateLimits } from './rate-limits';

/**
 * Every route needs a valid bearer token unless marked @Public. The account is read again on each
 * call, so a disabled account is locked out at once, and role and region come from the ledger,
 * not from what the token claimed when it was issued. A token issued before the account's password
 * was changed or reset is refused (401), and an account that must still replace an initial password
 * may only read itself and change it (403 PASSWORD_CHANGE_REQUIRED elsewhere).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly accounts: AccountsReadModel,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (this.reflector.getAllAndOverride<boolean>(RATE_LIMITED, targets)) {
      const key = request.ip;
      if (!this.limits.publicRequests.hit(key)) {
        const retryAfter = String(this.limits.publicRequests.retryAfterSeconds(key));
        void context.switchToHttp().getResponse<FastifyReply>().header('retry-after', retryAfter);
        throw ProblemError.of(
          429,
          'RATE_LIMITED',
          `too many requests from this address; retry in ${retryAfter} s`,
        );
      }
    }
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw ProblemError.of(401, 'UNAUTHENTICATED', 'send Authorization: Bearer <accessToken>');
    const claims = await this.tokens.verify(match[1]);
    if (!claims) throw ProblemError.of(401, 'UNAUTHENTICATED', 'the access token is invalid or has expired');
    const account = this.accounts.findById(claims.sub);
    if (!account || account.status !== 'active') {
      throw ProblemError.of(401, 'UNAUTHENTICATED', 'the account does not exist or is disabled');
    }
    if ((claims.pwv ?? 0) !== account.password_version) {
      // The password was changed or reset after this token was issued.
      throw ProblemError.of(
        401,
        'UNAUTHENTICATED',
        'the password was changed since this token was issued; sign in again',
      );
    }
    const actor: Actor = {
      accountId: account.account_id,
      role: account.role as Role,
      regionCode: account.region_code,
      ...(account.partner_id ? { partnerId: account.partner_id } : {}),
      ...(account.volunteer_id ? { volunteerId: account.volunteer_id } : {}),
    };
    request.actor = actor;

    if (
      account.must_change_password === 1 &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ALLOWED, targets)
    ) {
      throw ProblemError.of(
        403,
        'PASSWORD_CHANGE_REQUIRED',
        'this account still has the initial password an administrator set; change it first (POST /auth/password)',
      );
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(actor.role)) {
      throw ProblemError.of(403, 'FORBIDDEN', `this needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
