import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/application';

export interface AccessTokenClaims {
  /** The account id. */
  readonly sub: string;
  readonly role: string;
  readonly region: string;
  /**
   * The account's password version when the token was issued: a change or reset of the password
   * raises it, and the guard refuses tokens of an older version. Absent in older tokens (read as 0).
   */
  readonly pwv?: number;
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
    const cached = this.verified.get(token);
    if (cached) {
      if (cached.expiresAtMs > Date.now()) return cached.claims;
      this.verified.delete(token);
    }
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims & { exp?: number }>(token, {
        algorithms: ['HS256'],
      });
      if (typeof claims.sub !== 'string') return undefined;
      this.remember(token, claims, (claims.exp ?? 0) * 1000);
      return claims;
    } catch {
      return undefined;
    }
  }

  /**
   * Verifying a signature costs more than the rest of a read; a client sends the same token on every
   * call. Only tokens whose signature checked out are kept, and only until they expire; the guard
   * still re-reads the account on every call, so disabling an account takes effect at once.
   */
  private readonly verified = new Map<string, { claims: AccessTokenClaims; expiresAtMs: number }>();

  private remember(token: string, claims: AccessTokenClaims, expiresAtMs: number): void {
    if (this.verified.size >= MAX_REMEMBERED_TOKENS) {
      // Forget the oldest (a Map keeps insertion order).
      this.verified.delete(this.verified.keys().next().value as string);
    }
    this.verified.set(token, { claims, expiresAtMs });
  }
}

const MAX_REMEMBERED_TOKENS = 10_000;
