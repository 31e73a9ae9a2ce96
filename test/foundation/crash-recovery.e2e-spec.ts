import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { ChainVerifier, SqliteEventStore } from '@ledger/event-store';
import { HttpClient } from '../support/http-client';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { temporaryDataDir } from '../support/test-app';
import { signal, within } from '../support/deadline';
import { liveAndRebuiltReadModels } from '../support/read-model-rebuild';

const FAST_HASHING = { LEDGER_SCRYPT_LOG2_COST: '8' };
/** Accounts acknowledged before the kill. */
const BEFORE_KILL = 150;

/** SIGTERM, and the exit it brings within 15 s; past that the server is killed and the test fails saying so. */
async function terminate(server: ServerProcess) {
  server.child.kill('SIGTERM');
  try {
    return await within(
      server.exited,
      15_000,
      () => `the server did not exit on SIGTERM:\n${server.output()}`,
    );
  } catch (error) {
    server.child.kill('SIGKILL');
    throw error;
  }
}

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
    const refused: string[] = [];
    let stop = false;
    let seq = 0;
    // Settled by the writers: when enough accounts are acknowledged, or when the last writer gives up first.
    const enough = signal();
    let writing = 16;
    const writer = async () => {
      try {
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
            else refused.push(`${response.status} ${JSON.stringify(response.body)}`);
            if (acknowledged.length >= BEFORE_KILL) enough.resolve();
          } catch {
            return; // the connection died with the server
          }
        }
      } finally {
        if (--writing === 0) {
          enough.reject(new Error(`the writers stopped after ${acknowledged.length} accounts`));
        }
      }
    };
    const writers = Array.from({ length: 16 }, writer);
    try {
      await within(
        enough.promise,
        30_000,
        () =>
          `${acknowledged.length} of ${BEFORE_KILL} accounts acknowledged before the kill; ` +
          `refused: ${refused.slice(0, 3).join('; ') || 'none'}\n${first.output().slice(-2000)}`,
      );
    } catch (error) {
      stop = true;
      first.child.kill('SIGKILL'); // not left running when the test fails
      throw error;
    }
    first.child.kill('SIGKILL');
    await within(first.exited, 10_000, () => 'the server did not exit after SIGKILL');
    stop = true;
    await within(
      Promise.all(writers),
      10_000,
      () => `${writing} of 16 writers still waiting for an answer from the killed server`,
    );
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
      await terminate(second);
    }

    // The log is intact, and the read models equal a rebuild from zero.
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const verifier = new ChainVerifier(true);
    for await (const event of store.readAll()) verifier.check(event);
    expect(verifier.result().problems).toEqual([]);
    await store.close();
    const { live, rebuilt } = await liveAndRebuiltReadModels(dataDir);
    expect(rebuilt).toEqual(live);
  }, 120_000);

  it('on SIGTERM finishes, closes the store and exits 0', async () => {
    const server = await startServerProcess(dataDir, FAST_HASHING);
    expect((await new HttpClient(server.url).get('/health')).status).toBe(200);
    const { code } = await terminate(server);
    expect(code).toBe(0);
    expect(server.output()).toContain('event store and read models closed');
  });
});
