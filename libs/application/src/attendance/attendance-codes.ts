import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { RuleViolation } from '@ledger/domain';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { Clock } from '../ledger/clock';

/** Codes rotate every minute (a window is one minute of the ledger's clock). */
export const CODE_WINDOW_MS = 60_000;

/**
 * The secret that signs check-in codes: generated once and kept in the data dir (`attendance-key`,
 * readable by its owner only), like the access-token secret. Every node of a cluster shares the data
 * dir's key; replacing the file invalidates the codes on screen (they renew within a minute).
 */
export function resolveAttendanceKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'attendance-key');
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first; use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

export interface CodePair {
  /** 6 digits to type. */
  readonly code: string;
  /** The text of the QR code: `<LEDGER_PUBLIC_URL>/check-in?code=<token>`. */
  readonly qr: string;
  /** When the pair rotates (the end of the current minute); it is still accepted for one more minute. */
  readonly expiresAt: string;
}

/** What a volunteer sent as `code`: a signed token (from the QR) naming its session, or 6 digits. */
export type ReadCode =
  | { readonly kind: 'token'; readonly sessionId: string }
  | { readonly kind: 'digits'; readonly digits: string };

const TOKEN = /(ats-[0-9a-f]{24})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})/;
const DIGITS = /^\d{6}$/;

export const invalidCode = (detail: string): RuleViolation =>
  new RuleViolation('CHECKIN_CODE_INVALID', detail);

/**
 * Check-in codes (签到码). For session S and minute window W (the ledger's clock, floor(ms / 60 000)):
 *   token  = `S.<W in base 36>.<first 16 bytes of HMAC-SHA256(key, "attendance-qr|S|W"), base64url>`
 *   digits = HMAC-SHA256(key, "attendance-code|S|W"): its first 4 bytes as a number, mod 1 000 000, 6 digits
 * A code of W is accepted while the clock is in W or W+1 (one minute of grace for clock skew and the
 * walk to the phone); older ones, foreign ones (another key) and forged ones are CHECKIN_CODE_INVALID.
 */
@Injectable()
export class AttendanceCodes {
  private readonly key: Buffer;
  private readonly publicUrl: string;

  constructor(
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
    private readonly clock: Clock,
  ) {
    this.key = resolveAttendanceKey(config.dataDir);
    this.publicUrl = config.publicUrl;
  }

  private window(now: Date): number {
    return Math.floor(now.getTime() / CODE_WINDOW_MS);
  }

  private mac(kind: string, sessionId: string, window: number): Buffer {
    return createHmac('sha256', this.key).update(`${kind}|${sessionId}|${window}`).digest();
  }

  private token(sessionId: string, window: number): string {
    return `${sessionId}.${window.toString(36)}.${this.mac('attendance-qr', sessionId, window).subarray(0, 16).toString('base64url')}`;
  }

  private digits(sessionId: string, window: number): string {
    return String(this.mac('attendance-code', sessionId, window).readUInt32BE(0) % 1_000_000).padStart(
      6,
      '0',
    );
  }

  /** The pair the organiser's screen shows now. */
  current(sessionId: string, now: Date = this.clock.now()): CodePair {
    const window = this.window(now);
    return {
      code: this.digits(sessionId, window),
      qr: `${this.publicUrl}/check-in?code=${this.token(sessionId, window)}`,
      expiresAt: new Date((window + 1) * CODE_WINDOW_MS).toISOString(),
    };
  }

  /**
   * Reads what the volunteer sent: the QR's text (or just its token) is checked here, signature and
   * window; 6 digits are matched against the open sessions by `digitsMatch`.
   */
  read(text: string, now: Date): ReadCode {
    const value = text.trim();
    if (DIGITS.test(value)) return { kind: 'digits', digits: value };
    const m = TOKEN.exec(value);
    if (!m) throw invalidCode('the code is neither 6 digits nor the text of a check-in QR code');
    const [, sessionId, windowText, mac] = m;
    const window = parseInt(windowText, 36);
    const expected = this.mac('attendance-qr', sessionId, window).subarray(0, 16);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw invalidCode('the QR code was not issued by this ledger');
    const current = this.window(now);
    if (window !== current && window !== current - 1)
      throw invalidCode('the QR code has expired: scan the code on screen now');
    return { kind: 'token', sessionId };
  }

  /** True when the digits are the session's code of this minute or the one before. */
  digitsMatch(sessionId: string, digits: string, now: Date): boolean {
    const current = this.window(now);
    return this.digits(sessionId, current) === digits || this.digits(sessionId, current - 1) === digits;
  }
}
