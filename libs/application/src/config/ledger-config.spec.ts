import { resolve } from 'node:path';
import { ConfigurationError, type LedgerConfig, loadLedgerConfig } from './ledger-config';

/** The problems a configuration is refused for; none when it loads. */
function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadLedgerConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return error.problems;
  }
}

describe('configuration from the environment', () => {
  it('has the defaults of API.md', () => {
    const config = loadLedgerConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      store: { kind: 'sqlite' },
      adminRegion: '410000',
      publicUrl: 'http://localhost:3000',
      adminPassword: undefined,
      jwtSecret: undefined,
      logLevel: 'info',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('takes an EventStoreDB connection string as the store', () => {
    expect(loadLedgerConfig({ LEDGER_STORE: 'esdb://localhost:2113?tls=false' }).store).toEqual({
      kind: 'eventstoredb',
      connectionString: 'esdb://localhost:2113?tls=false',
    });
    expect(loadLedgerConfig({ LEDGER_STORE: 'esdb+discover://cluster:2113' }).store.kind).toBe(
      'eventstoredb',
    );
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadLedgerConfig({
        LEDGER_PORT: 'eighty',
        LEDGER_STORE: 'postgres://x',
        LEDGER_ADMIN_REGION: '123',
        LEDGER_ADMIN_PASSWORD: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join('\n');
    for (const name of ['LEDGER_PORT', 'LEDGER_STORE', 'LEDGER_ADMIN_REGION', 'LEDGER_ADMIN_PASSWORD']) {
      expect(problems).toContain(name);
    }
  });

  it('runs the points expiry hourly by default; 0 turns it off; anything else is refused', () => {
    expect(loadLedgerConfig({}).pointsExpiryIntervalSeconds).toBe(3600);
    expect(loadLedgerConfig({ LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS: '0' }).pointsExpiryIntervalSeconds).toBe(
      0,
    );
    expect(
      loadLedgerConfig({ LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS: '300' }).pointsExpiryIntervalSeconds,
    ).toBe(300);
    for (const bad of ['-1', 'hourly', '1.5', String(7 * 24 * 3600 + 1)]) {
      expect(() => loadLedgerConfig({ LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS: bad })).toThrow(
        /LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS/,
      );
    }
  });
});

type NumberField = {
  [K in keyof LedgerConfig]-?: LedgerConfig[K] extends number ? K : never;
}[keyof LedgerConfig];

/** Every whole-number variable: its field, its default and its range (both ends allowed). */
const WHOLE_NUMBERS: readonly [
  variable: string,
  field: NumberField,
  fallback: number,
  min: number,
  max: number,
][] = [
  ['LEDGER_PORT', 'port', 3000, 0, 65_535],
  ['LEDGER_TOKEN_TTL_SECONDS', 'tokenTtlSeconds', 3600, 60, 7 * 24 * 3600],
  ['LEDGER_LOGIN_FAILURE_LIMIT', 'loginFailureLimit', 10, 1, 10_000],
  ['LEDGER_PUBLIC_RATE_LIMIT', 'publicRequestLimit', 120, 1, 1_000_000],
  ['LEDGER_RATE_LIMIT_WINDOW_SECONDS', 'rateLimitWindowSeconds', 60, 1, 86_400],
  ['LEDGER_REDEMPTION_HOLD_MINUTES', 'redemptionHoldMinutes', 30, 1, 24 * 60],
  ['LEDGER_REDEMPTION_CODE_MINUTES', 'redemptionCodeMinutes', 5, 1, 60],
  ['LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS', 'redemptionSweepIntervalSeconds', 30, 0, 24 * 3600],
  ['LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS', 'pointsExpiryIntervalSeconds', 3600, 0, 7 * 24 * 3600],
  ['LEDGER_TIME_BANK_RECOVERY_INTERVAL_SECONDS', 'timeBankRecoveryIntervalSeconds', 60, 0, 24 * 3600],
  ['LEDGER_SCRYPT_LOG2_COST', 'passwordHashLog2Cost', 15, 8, 17],
];

describe.each(WHOLE_NUMBERS)('%s (a whole number)', (variable, field, fallback, min, max) => {
  const refusal = `${variable} must be a whole number from ${min} to ${max}`;

  it(`is ${fallback} when unset or empty`, () => {
    expect(loadLedgerConfig({})[field]).toBe(fallback);
    expect(loadLedgerConfig({ [variable]: '' })[field]).toBe(fallback);
  });

  it.each([
    ['its lower bound', min],
    ['its upper bound', max],
    ['a value inside', Math.floor((min + max) / 2)],
  ])('takes %s (%s)', (_, value) => {
    expect(loadLedgerConfig({ [variable]: String(value) })[field]).toBe(value);
  });

  it.each([
    ['just below its lower bound', String(min - 1)],
    ['just above its upper bound', String(max + 1)],
    ['a word', 'many'],
    ['a fraction', `${min}.5`],
    ['hexadecimal', '0x10'],
    ['an exponent', '1e1'],
    ['blanks', '   '],
    ['a number with a unit', `${max}s`],
  ])('refuses %s ("%s") and says which variable and what range', (_, raw) => {
    expect(problemsOf({ [variable]: raw })).toEqual([`${refusal} (got "${raw}")`]);
  });
});

describe('LEDGER_HOST (an IP address or a host name)', () => {
  it.each(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost', 'ledger-api.internal', 'a'.repeat(63)])(
    'takes %s',
    (host) => expect(loadLedgerConfig({ LEDGER_HOST: host }).host).toBe(host),
  );

  it.each([
    'no such host!',
    'http://localhost',
    'localhost:3000',
    '[::1]',
    '-ledger',
    'ledger-',
    'a'.repeat(64),
    'ledger..internal',
  ])('refuses "%s"', (host) => {
    expect(problemsOf({ LEDGER_HOST: host })).toEqual([
      `LEDGER_HOST must be an IP address or a host name (got "${host}")`,
    ]);
  });
});

describe('LEDGER_DATA_DIR (a path)', () => {
  it('is resolved against the working directory; unset or empty it is ./data', () => {
    expect(loadLedgerConfig({ LEDGER_DATA_DIR: 'ledger-data' }).dataDir).toBe(resolve('ledger-data'));
    expect(loadLedgerConfig({ LEDGER_DATA_DIR: '/srv/ledger' }).dataDir).toBe('/srv/ledger');
    expect(loadLedgerConfig({ LEDGER_DATA_DIR: '' }).dataDir).toBe(resolve('data'));
  });
});

describe('LEDGER_STORE ("sqlite" or an EventStoreDB connection string)', () => {
  it.each([
    ['sqlite', { kind: 'sqlite' }],
    [' sqlite ', { kind: 'sqlite' }],
    ['esdb://localhost:2113?tls=false', { kind: 'eventstoredb' }],
    ['esdb://node1:2113,node2:2113,node3:2113?tls=true', { kind: 'eventstoredb' }],
    ['esdb+discover://ledger-cluster.internal:2113', { kind: 'eventstoredb' }],
    ['kurrentdb://localhost:2113', { kind: 'eventstoredb' }],
    ['kdb://localhost:2113', { kind: 'eventstoredb' }],
  ])('takes "%s"', (store, expected) => {
    expect(loadLedgerConfig({ LEDGER_STORE: store }).store).toMatchObject(expected);
  });

  it.each([
    'SQLite',
    'postgres://ledger:secret-password@db/ledger',
    'esdb:/ledger-db:2113',
    'ledger-db:2113',
  ])('refuses "%s" without repeating it (a connection string may hold a password)', (store) => {
    const problems = problemsOf({ LEDGER_STORE: store });
    expect(problems).toEqual([expect.stringMatching(/^LEDGER_STORE must be "sqlite" or an EventStoreDB/)]);
    expect(problems[0]).not.toContain(store);
  });
});

describe('LEDGER_ADMIN_PASSWORD and LEDGER_JWT_SECRET (a least length)', () => {
  it.each([
    ['LEDGER_ADMIN_PASSWORD', 'adminPassword', 8],
    ['LEDGER_JWT_SECRET', 'jwtSecret', 32],
  ] as const)(
    '%s: unset is none, %s characters or more are taken, one fewer is refused unrepeated',
    (variable, field, least) => {
      expect(loadLedgerConfig({})[field]).toBeUndefined();
      expect(loadLedgerConfig({ [variable]: '' })[field]).toBeUndefined();
      const enough = 'k'.repeat(least - 1) + 'Z';
      expect(loadLedgerConfig({ [variable]: enough })[field]).toBe(enough);
      const long = 'long-'.repeat(60);
      expect(loadLedgerConfig({ [variable]: long })[field]).toBe(long);
      const short = enough.slice(1);
      const problems = problemsOf({ [variable]: short });
      expect(problems).toEqual([`${variable} must have at least ${least} characters`]);
      expect(problems[0]).not.toContain(short);
    },
  );
});

describe('LEDGER_ADMIN_REGION (a GB/T 2260 region code)', () => {
  it.each(['410000', '410100', '410122', '110101'])('takes %s', (code) => {
    expect(loadLedgerConfig({ LEDGER_ADMIN_REGION: code }).adminRegion).toBe(code);
  });

  it.each(['41000', '4100000', '41000a', '990000', '410022', '410199', 'henan'])('refuses "%s"', (code) => {
    expect(problemsOf({ LEDGER_ADMIN_REGION: code })).toEqual([
      `LEDGER_ADMIN_REGION must be a GB/T 2260 region code (got "${code}")`,
    ]);
  });
});

describe('LEDGER_PUBLIC_URL (an absolute http(s) URL)', () => {
  it.each([
    ['https://ledger.example.org', 'https://ledger.example.org'],
    ['https://ledger.example.org/', 'https://ledger.example.org'],
    ['http://10.0.0.1:8080/ledger//', 'http://10.0.0.1:8080/ledger'],
  ])('takes %s as %s', (url, expected) => {
    expect(loadLedgerConfig({ LEDGER_PUBLIC_URL: url }).publicUrl).toBe(expected);
  });

  it('is the local address on LEDGER_PORT when unset (3000 when the port is chosen by the system)', () => {
    expect(loadLedgerConfig({ LEDGER_PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadLedgerConfig({ LEDGER_PORT: '0' }).publicUrl).toBe('http://localhost:3000');
  });

  it.each([
    'ledger.example.org',
    '/verify',
    'ftp://ledger.example.org',
    'javascript:alert(1)',
    'mailto:ledger@example.org',
  ])('refuses "%s"', (url) => {
    expect(problemsOf({ LEDGER_PUBLIC_URL: url })).toEqual([
      `LEDGER_PUBLIC_URL must be an absolute http(s) URL (got "${url}")`,
    ]);
  });
});

describe('LEDGER_LOG_LEVEL (one of a list)', () => {
  it.each(['debug', 'info', 'warn', 'error', 'silent'])('takes %s', (level) => {
    expect(loadLedgerConfig({ LEDGER_LOG_LEVEL: level }).logLevel).toBe(level);
  });

  it.each(['verbose', 'INFO', 'trace', '3'])('refuses "%s"', (level) => {
    expect(problemsOf({ LEDGER_LOG_LEVEL: level })).toEqual([
      'LEDGER_LOG_LEVEL must be one of debug, info, warn, error, silent',
    ]);
  });
});

describe('LEDGER_CLOCK_START (an instant with its zone)', () => {
  it('is unset by default: the ledger follows the real clock', () => {
    expect(loadLedgerConfig({}).clockStart).toBeUndefined();
    expect(loadLedgerConfig({ LEDGER_CLOCK_START: '' }).clockStart).toBeUndefined();
  });

  it.each([
    ['2026-12-07T09:00:00+08:00', '2026-12-07T01:00:00.000Z'],
    ['2026-12-07T01:00Z', '2026-12-07T01:00:00.000Z'],
    ['2026-12-07T09:00:00.250+08:00', '2026-12-07T01:00:00.250Z'],
    ['2028-02-29T23:59:59-05:00', '2028-03-01T04:59:59.000Z'],
  ])('takes %s as %s', (raw, instant) => {
    expect(loadLedgerConfig({ LEDGER_CLOCK_START: raw }).clockStart?.toISOString()).toBe(instant);
  });

  it.each([
    ['without its zone', '2026-12-07T09:00'],
    ['a date alone', '2026-12-07'],
    ['a word', 'tomorrow'],
    ['a space for the T', '2026-12-07 09:00:00+08:00'],
    ['month 13', '2026-13-07T09:00:00Z'],
    ['30 February', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2026-02-29T00:00:00Z'],
    ['hour 24', '2026-12-07T24:00:00Z'],
    ['minute 60', '2026-12-07T09:60:00Z'],
  ])('refuses %s ("%s")', (_, raw) => {
    expect(problemsOf({ LEDGER_CLOCK_START: raw })).toEqual([
      `LEDGER_CLOCK_START must be an ISO 8601 instant with its zone, such as 2026-12-07T09:00:00+08:00 (got "${raw}")`,
    ]);
  });
});

describe('all at once', () => {
  it('a value bad for each checked variable is one problem per variable, each naming its own', () => {
    const bad: Record<string, string> = {
      LEDGER_HOST: 'no such host!',
      LEDGER_STORE: 'postgres://x',
      LEDGER_ADMIN_PASSWORD: 'short',
      LEDGER_ADMIN_REGION: '123',
      LEDGER_PUBLIC_URL: 'ftp://x',
      LEDGER_JWT_SECRET: 'too-short',
      LEDGER_LOG_LEVEL: 'verbose',
      LEDGER_CLOCK_START: '2026-12-07T09:00',
      ...Object.fromEntries(WHOLE_NUMBERS.map(([variable, , , , max]) => [variable, String(max + 1)])),
    };
    const problems = problemsOf(bad);
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(Object.keys(bad).sort());
  });
});
