import { resolve } from 'node:path';
import { isValidRegionCode } from '@ledger/domain';

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
}

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export function loadLedgerConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
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
  if (!isValidRegionCode(adminRegion))
    problems.push(`LEDGER_ADMIN_REGION must be a GB/T 2260 region code (got "${adminRegion}")`);

  const adminPassword = env.LEDGER_ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8)
    problems.push('LEDGER_ADMIN_PASSWORD must have at least 8 characters');

  const jwtSecret = env.LEDGER_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32)
    problems.push('LEDGER_JWT_SECRET must have at least 32 characters');

  const port = integer('LEDGER_PORT', 3000, 0, 65535);
  const publicUrl = (env.LEDGER_PUBLIC_URL || `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    problems.push(`LEDGER_PUBLIC_URL must be an absolute URL (got "${publicUrl}")`);
  }

  const logLevel = (env.LEDGER_LOG_LEVEL || 'info') as LedgerConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LEDGER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: LedgerConfig = {
    host: env.LEDGER_HOST || '127.0.0.1',
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
  };
  if (problems.length) throw new ConfigurationError(problems);
  return config;
}

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
