import { Inject, Injectable } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/application';
import { RateLimiter } from '../http/rate-limiter';

/** The two limits of API.md: failed logins, and calls to public endpoints, per client address. */
@Injectable()
export class RateLimits {
  readonly loginFailures: RateLimiter;
  readonly publicRequests: RateLimiter;

  constructor(@Inject(LEDGER_CONFIG) config: LedgerConfig) {
    const windowMs = config.rateLimitWindowSeconds * 1000;
    this.loginFailures = new RateLimiter(config.loginFailureLimit, windowMs);
    this.publicRequests = new RateLimiter(config.publicRequestLimit, windowMs);
  }
}
