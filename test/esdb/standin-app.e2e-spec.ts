import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, temporaryDataDir, TEST_STORE_VARIABLE } from '../support/test-app';

/**
 * The seam the e2e-esdb project (jest.project.js) stands on: with LEDGER_TEST_STORE=esdb-standin,
 * startTestApp runs the whole app in EventStoreDB mode on the adapter over its in-process stand-in.
 */
describe('the test app on the EventStoreDB adapter over its stand-in client', () => {
  const before = process.env[TEST_STORE_VARIABLE];
  const dataDirs: string[] = [];
  const dataDir = () => {
    const dir = temporaryDataDir('ledger-esdb-standin-');
    dataDirs.push(dir);
    return dir;
  };
  beforeEach(() => (process.env[TEST_STORE_VARIABLE] = 'esdb-standin'));
  afterAll(() => {
    if (before === undefined) delete process.env[TEST_STORE_VARIABLE];
    else process.env[TEST_STORE_VARIABLE] = before;
    dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('is in EventStoreDB mode, keeps no event log of its own, and what it wrote outlives a restart', async () => {
    const dir = dataDir();
    let t = await startTestApp({}, dir);
    try {
      expect((await t.http.get('/health')).body).toMatchObject({ status: 'ok', store: 'eventstoredb' });
      const admin = await t.admin();
      const created = await admin.post('/api/v1/accounts', {
        username: 'standin.organiser',
        password: 'organiser-password-1',
        role: 'organiser',
        regionCode: '410122',
      });
      expect(created.status).toBe(201);
      expect(readdirSync(dir)).not.toContain('events.sqlite');
    } finally {
      await t.close({ keepData: true });
    }
    // Without its read models the app rebuilds them from the stand-in's log.
    for (const file of readdirSync(dir).filter((f) => f.startsWith('readmodels.sqlite')))
      rmSync(join(dir, file));
    t = await startTestApp({}, dir);
    try {
      await t.http.signIn('standin.organiser', 'organiser-password-1');
      expect(existsSync(join(dir, 'readmodels.sqlite'))).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('refuses a store it does not know rather than falling back to SQLite', async () => {
    process.env[TEST_STORE_VARIABLE] = 'esdb';
    await expect(startTestApp({}, dataDir())).rejects.toThrow(
      /LEDGER_TEST_STORE must be "sqlite" or "esdb-standin"/,
    );
  });
});
