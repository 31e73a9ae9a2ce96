import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Clock, type LedgerConfig, loadLedgerConfig, StartedClock } from '@ledger/application';
import type { EsdbClient, EventStore } from '@ledger/event-store';
import type { FakeEsdbClient } from '@ledger/event-store/esdb/fake-esdb-client';
import { createApiApp } from '../../apps/api/src/app.factory';
import { HttpClient } from './http-client';
import { TEST_NOW } from './test-clock';

/**
 * Which store the test app runs on: unset (or `sqlite`), the embedded default; `esdb-standin`, the
 * EventStoreDB adapter over its in-process stand-in client (libs/event-store/src/esdb/fake-esdb-client.ts),
 * with the rest of the app in EventStoreDB mode. Set by test/esdb/jest.project.js, read only here.
 */
export const TEST_STORE_VARIABLE = 'LEDGER_TEST_STORE';

/** One stand-in "server" per data dir, so an app restarted on the same data dir finds its events. */
const standInServers = new Map<string, FakeEsdbClient>();

async function storeFor(
  dataDir: string,
): Promise<{ env: Record<string, string>; eventStore?: () => Promise<EventStore> }> {
  const setting = process.env[TEST_STORE_VARIABLE] ?? 'sqlite';
  if (setting === 'sqlite') return { env: {} };
  if (setting !== 'esdb-standin')
    throw new Error(`${TEST_STORE_VARIABLE} must be "sqlite" or "esdb-standin" (got "${setting}")`);
  // Loaded only here: the adapter brings in the gRPC client, which the SQLite runs never need.
  const { FakeEsdbClient } = await import('@ledger/event-store/esdb/fake-esdb-client');
  const { EsdbEventStore } = await import('@ledger/event-store/esdb/esdb-event-store');
  let server = standInServers.get(dataDir);
  if (!server) standInServers.set(dataDir, (server = new FakeEsdbClient()));
  const client = server;
  return {
    // The configuration names an EventStoreDB, so the app takes every EventStoreDB-mode decision;
    // only the connection is replaced. The address is never dialled (.invalid cannot resolve).
    env: { LEDGER_STORE: 'esdb://esdb-standin.invalid:2113?tls=false' },
    eventStore: async () => new EsdbEventStore(client as unknown as EsdbClient),
  };
}

export const ADMIN_PASSWORD = 'admin-password-1';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: LedgerConfig;
  readonly dataDir: string;
  readonly http: HttpClient;
  /** A client signed in as the first administrator (province 410000). */
  admin(): Promise<HttpClient>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export function temporaryDataDir(prefix = 'ledger-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The real application, as `npm start` builds it, on a real SQLite file in a temporary folder,
 * listening on a free port of 127.0.0.1. With LEDGER_TEST_STORE=esdb-standin (see above) the same
 * application runs on the EventStoreDB adapter instead; its read models stay in the temporary folder.
 * Without a clock of its own, the ledger's clock starts at the tests' fixed "now" (TEST_NOW) and runs
 * on from there, so that no test depends on the day it runs.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  dataDir = temporaryDataDir(),
  clock: Clock = new StartedClock(new Date(TEST_NOW)),
): Promise<TestApp> {
  const store = await storeFor(dataDir);
  const config = loadLedgerConfig({
    LEDGER_DATA_DIR: dataDir,
    LEDGER_HOST: '127.0.0.1',
    LEDGER_PORT: '0',
    LEDGER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LEDGER_LOG_LEVEL: 'silent',
    // Cheap password hashes (test/jest.setup.ts); the hasher reads the cost from each stored hash.
    ...(process.env.LEDGER_SCRYPT_LOG2_COST && {
      LEDGER_SCRYPT_LOG2_COST: process.env.LEDGER_SCRYPT_LOG2_COST,
    }),
    ...store.env,
    ...env,
  });
  const app = await createApiApp({ config, clock, eventStore: store.eventStore });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const http = new HttpClient(url);
  if (store.eventStore) {
    // The e2e-esdb project must not pass while running on SQLite: the app says which store it is on.
    const health = await http.get('/health');
    if (health.body?.store !== 'eventstoredb') {
      await app.close();
      throw new Error(
        `${TEST_STORE_VARIABLE}=esdb-standin, but the app runs on ${JSON.stringify(health.body)}`,
      );
    }
  }
  return {
    app,
    config,
    dataDir,
    http,
    admin: () => http.signIn('admin', ADMIN_PASSWORD),
    close: async (options = {}) => {
      await app.close();
      if (!options.keepData) {
        rmSync(dataDir, { recursive: true, force: true });
        standInServers.delete(dataDir);
      }
    },
  };
}
