import { ConfigurationError, loadLedgerConfig } from './ledger-config';

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
