import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/application';

export interface AccessTokenClaims {
  /** The account id. */
  readonly sub: string;
  readonly role: string;
  readonly region: string;
}

/** Signed (HS256), expiring access tokens. Claims are a hint; the guard re-reads the account. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  issue(claims: AccessTokenClaims): { accessToken: string; tokenType: 'Bearer'; expiresIn: number } {
    const expiresIn = this.config.tokenTtlSeconds;
    return { accessToken: this.jwt.sign({ ...claims }, { expiresIn }), tokenType: 'Bearer', expiresIn };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      return typeof claims.sub === 'string' ? claims : undefined;
    } catch {
      return undefined;
    }
  }
}
