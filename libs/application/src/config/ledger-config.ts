import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { isKnownRegion } from '@ledger/domain';

/** Everything the API and the CLI read from the environment (API.md, "Configuration"). */
export interface LedgerConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** `sqlite`, or an EventStoreDB connection string. */
  readonly store:
    { readonly kind: 'sqlite' } | { readonly kind: 'eventstoredb'; readonly connectionString: string };
  readonly adminPassword?: string;
  readonly adminRegion: string;
  readonly publicUrl: string;
  /** HMAC secret for access tokens; when unset one is generated once and kept in the data dir. */
  readonly jwtSecret?: string;
  readonly tokenTtlSeconds: number;
  /** Failed logins allowed per client address per window before 429. */
  readonly loginFailureLimit: number;
  /** Requests to public endpoints allowed per client address per window before 429. */
  readonly publicRequestLimit: number;
  readonly rateLimitWindowSeconds: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Minutes an uncaptured redemption hold lasts (API.md: 30). */
  readonly redemptionHoldMinutes: number;
  /** Minutes a volunteer's one-time redemption code stays usable. */
  readonly redemptionCodeMinutes: number;
  /** Seconds between the server's redemption sweeps (lapsed holds, half-finished requests); 0: only at start. */
  readonly redemptionSweepIntervalSeconds: number;
  /** Seconds between the server's points-expiry runs (the first comes one interval after start); 0: never. */
  readonly pointsExpiryIntervalSeconds: number;
  /** Seconds between the server's passes over half-done time-bank transfers; 0: only at start. */
  readonly timeBankRecoveryIntervalSeconds: number;
  /** log2 of scrypt's cost N for new password hashes (15 in production; tests lower it to save time). */
  readonly passwordHashLog2Cost: number;
  /**
   * When set, the ledger's clock starts at this instant instead of the real time and runs on at
   * real speed (a demonstration or training ledger; tests of the server as a process).
   */
  readonly clockStart?: Date;
  /**
   * Hosts a webhook may reach although they are not public (`LEDGER_WEBHOOK_ALLOW_HOSTS`, comma-separated
   * names or IP addresses, lower-cased); plain http is allowed for them. Empty: https to public addresses only.
   */
  readonly webhookAllowHosts: readonly string[];
}

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** A DNS name (RFC 1123 labels); IP addresses are checked with `isIP`. */
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function loadLedgerConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    // Decimal digits only: Number() would also take "0x1f", "1e3" or "  ".
    const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  // An instant must say its zone: "2026-12-07T09:00" alone would be read in the machine's zone.
  const instant = (name: string): Date | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const parts =
      /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(raw);
    const value = new Date(raw);
    // Date rolls a day or an hour past its end over ("2026-02-30" is 2 March): the parts must stay as written.
    const [, year, month, day, hour, minute, second = '00'] = parts ?? [];
    const asWritten =
      parts !== null &&
      !Number.isNaN(value.getTime()) &&
      isCalendarTime(+year, +month, +day, +hour, +minute, +second);
    if (!asWritten) {
      problems.push(
        `${name} must be an ISO 8601 instant with its zone, such as 2026-12-07T09:00:00+08:00 (got "${raw}")`,
      );
      return undefined;
    }
    return value;
  };

  const storeSetting = (env.LEDGER_STORE ?? 'sqlite').trim();
  let store: LedgerConfig['store'] = { kind: 'sqlite' };
  if (/^(esdb|esdb\+discover|kurrentdb|kdb):\/\//.test(storeSetting)) {
    store = { kind: 'eventstoredb', connectionString: storeSetting };
  } else if (storeSetting !== 'sqlite') {
    problems.push(
      `LEDGER_STORE must be "sqlite" or an EventStoreDB connection string such as esdb://localhost:2113?tls=false`,
    );
  }

  const adminRegion = env.LEDGER_ADMIN_REGION || '410000';
  if (!isKnownRegion(adminRegion))
    problems.push(`LEDGER_ADMIN_REGION must be a GB/T 2260 region code (got "${adminRegion}")`);

  const adminPassword = env.LEDGER_ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8)
    problems.push('LEDGER_ADMIN_PASSWORD must have at least 8 characters');

  const jwtSecret = env.LEDGER_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32)
    problems.push('LEDGER_JWT_SECRET must have at least 32 characters');

  const host = env.LEDGER_HOST || '127.0.0.1';
  if (isIP(host) === 0 && !HOST_NAME.test(host))
    problems.push(`LEDGER_HOST must be an IP address or a host name (got "${host}")`);

  const port = integer('LEDGER_PORT', 3000, 0, 65535);
  const publicUrl = (env.LEDGER_PUBLIC_URL || `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  if (!isHttpUrl(publicUrl))
    problems.push(`LEDGER_PUBLIC_URL must be an absolute http(s) URL (got "${publicUrl}")`);

  const logLevel = (env.LEDGER_LOG_LEVEL || 'info') as LedgerConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LEDGER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const clockStart = instant('LEDGER_CLOCK_START');
  const webhookAllowHosts = (env.LEDGER_WEBHOOK_ALLOW_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  if (webhookAllowHosts.some((host) => !isIP(host) && !HOST_NAME.test(host))) {
    problems.push(
      `LEDGER_WEBHOOK_ALLOW_HOSTS must be a comma-separated list of host names or IP addresses (got "${env.LEDGER_WEBHOOK_ALLOW_HOSTS}")`,
    );
  }

  const config: LedgerConfig = {
    host,
    port,
    dataDir: resolve(env.LEDGER_DATA_DIR || './data'),
    store,
    adminPassword,
    adminRegion,
    publicUrl,
    jwtSecret,
    tokenTtlSeconds: integer('LEDGER_TOKEN_TTL_SECONDS', 3600, 60, 7 * 24 * 3600),
    loginFailureLimit: integer('LEDGER_LOGIN_FAILURE_LIMIT', 10, 1, 10_000),
    publicRequestLimit: integer('LEDGER_PUBLIC_RATE_LIMIT', 120, 1, 1_000_000),
    rateLimitWindowSeconds: integer('LEDGER_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    logLevel,
    redemptionHoldMinutes: integer('LEDGER_REDEMPTION_HOLD_MINUTES', 30, 1, 24 * 60),
    redemptionCodeMinutes: integer('LEDGER_REDEMPTION_CODE_MINUTES', 5, 1, 60),
    redemptionSweepIntervalSeconds: integer('LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS', 30, 0, 24 * 3600),
    pointsExpiryIntervalSeconds: integer('LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS', 3600, 0, 7 * 24 * 3600),
    timeBankRecoveryIntervalSeconds: integer('LEDGER_TIME_BANK_RECOVERY_INTERVAL_SECONDS', 60, 0, 24 * 3600),
    // At most 2^17: scrypt takes 128·N·r bytes (256 MiB at 17), for every sign-in at once.
    passwordHashLog2Cost: integer('LEDGER_SCRYPT_LOG2_COST', 15, 8, 17),
    clockStart,
    webhookAllowHosts,
  };
  if (problems.length) throw new ConfigurationError(problems);
  return config;
}

/** A day that exists in its month, and a time of day from 00:00:00 to 23:59:59. */
function isCalendarTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
