import { Inject, Injectable } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/application';
import { RateLimiter } from '../http/rate-limiter';

/**
 * The limits of API.md, failed logins and calls to public endpoints per client address, and failed
 * check-in codes per account (a 6-digit code is a secret worth guessing; per account rather than per
 * address, since a whole site's volunteers may share one address).
 */
@Injectable()
export class RateLimits {
  readonly loginFailures: RateLimiter;
  readonly publicRequests: RateLimiter;
  readonly checkInCodeFailures: RateLimiter;

  constructor(@Inject(LEDGER_CONFIG) config: LedgerConfig) {
    const windowMs = config.rateLimitWindowSeconds * 1000;
    this.loginFailures = new RateLimiter(config.loginFailureLimit, windowMs);
    this.publicRequests = new RateLimiter(config.publicRequestLimit, windowMs);
    this.checkInCodeFailures = new RateLimiter(config.loginFailureLimit, windowMs);
  }
}
