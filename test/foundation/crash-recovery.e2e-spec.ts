import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { ChainVerifier, SqliteEventStore } from '@ledger/event-store';
import { ALL_PROJECTIONS, dumpTables, openReadModelDatabase, rebuildReadModels } from '@ledger/projections';
import { HttpClient } from '../support/http-client';
import { startServerProcess } from '../support/server-process';
import { temporaryDataDir } from '../support/test-app';

const ALL_TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables);
const FAST_HASHING = { LEDGER_SCRYPT_LOG2_COST: '8' };

describe('the real server process', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = temporaryDataDir('ledger-crash-');
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('killed with SIGKILL mid-traffic, keeps every acknowledged event and the same read models after restart', async () => {
    const first = await startServerProcess(dataDir, FAST_HASHING);
    const admin = await new HttpClient(first.url).signIn('admin', 'admin-password-1');
    const acknowledged: string[] = [];
    let stop = false;
    let seq = 0;
    const writer = async () => {
      while (!stop) {
        const username = `crash.user.${seq++}`;
        try {
          const response = await admin.post('/api/v1/accounts', {
            username,
            password: 'password-123',
            role: 'organiser',
            regionCode: '410100',
          });
          if (response.status === 201) acknowledged.push(response.body.id);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = Array.from({ length: 16 }, writer);
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await first.exited;
    stop = true;
    await Promise.all(writers);
    const killedAt = acknowledged.length;

    const second = await startServerProcess(dataDir, FAST_HASHING);
    try {
      const again = await new HttpClient(second.url).signIn('admin', 'admin-password-1');
      for (const id of acknowledged.slice(0, killedAt)) {
        const response = await again.get(`/api/v1/accounts/${id}`);
        expect(response.status).toBe(200);
      }
      const health = (await again.get('/health')).body;
      expect(health.readModels.lag).toBe(0);
      expect(health.eventLog.position).toBeGreaterThanOrEqual(killedAt + 1);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }

    // The log is intact, and the read models equal a rebuild from zero.
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const verifier = new ChainVerifier(true);
    for await (const event of store.readAll()) verifier.check(event);
    expect(verifier.result().problems).toEqual([]);
    const liveDb = openReadModelDatabase(join(dataDir, 'readmodels.sqlite'));
    const live = dumpTables(liveDb, ALL_TABLES);
    liveDb.close();
    await rebuildReadModels(store, join(dataDir, 'rebuilt.sqlite'), ALL_PROJECTIONS);
    const rebuiltDb = openReadModelDatabase(join(dataDir, 'rebuilt.sqlite'));
    expect(dumpTables(rebuiltDb, ALL_TABLES)).toEqual(live);
    rebuiltDb.close();
    await store.close();
  });

  it('on SIGTERM finishes, closes the store and exits 0', async () => {
    const server = await startServerProcess(dataDir, FAST_HASHING);
    expect((await new HttpClient(server.url).get('/health')).status).toBe(200);
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(server.output()).toContain('event store and read models closed');
  });
});
