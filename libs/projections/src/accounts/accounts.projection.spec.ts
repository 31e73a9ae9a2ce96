import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  type AccountCommand,
  type AccountEvent,
  accountDecider,
  accountIdFor,
  accountStream,
  type CommandMetadata,
  RuleViolation,
} from '@ledger/domain';
import { type JsonObject, SqliteEventStore } from '@ledger/event-store';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { accountsProjection } from './accounts.projection';
import { AccountsReadModel, forgetCachedAccountsOnChange } from './accounts.queries';

const metadata: CommandMetadata = {
  commandId: 'c',
  now: '2026-05-30T02:00:00.000Z',
  actor: { accountId: 'acc-admin', role: 'admin', regionCode: '410000' },
};

const step = fc.record({
  kind: fc.constantFrom('register', 'password', 'reset', 'disable'),
  user: fc.constantFrom('li.lei', 'han.meimei', 'wang.fang', 'zhao.qiang'),
  region: fc.constantFrom('410000', '410100', '410122'),
});

const commandFor = (s: { kind: string; user: string; region: string }, i: number): AccountCommand => {
  const accountId = accountIdFor(s.user);
  switch (s.kind) {
    case 'register':
      return {
        type: 'RegisterAccount',
        data: { accountId, username: s.user, role: 'organiser', regionCode: s.region, passwordHash: `h${i}` },
        metadata,
      };
    case 'password':
      return {
        type: 'ChangeAccountPassword',
        data: { accountId, passwordHash: `h${i}`, reason: 'reset' },
        metadata,
      };
    case 'reset':
      return {
        type: 'ResetAccountPassword',
        data: { accountId, passwordHash: `h${i}`, reason: 'forgot it' },
        metadata,
      };
    default:
      return { type: 'DisableAccount', data: { accountId, reason: 'left' }, metadata };
  }
};

describe('accounts read model (property)', () => {
  it('for any sequence of account commands, live updating and a rebuild agree, and the rows follow the events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'ledger-prop-'));
        const store = new SqliteEventStore(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' });
        const db = openReadModelDatabase(join(dir, 'live.sqlite'));
        const runner = new ProjectionRunner(store, db, [accountsProjection]);
        await runner.start();
        const expected = new Map<
          string,
          { status: string; hash: string; region: string; mustChange: number; version: number }
        >();
        try {
          for (const [i, s] of steps.entries()) {
            const command = commandFor(s, i);
            const stream = accountStream(accountIdFor(s.user));
            let state = accountDecider.initialState();
            let revision = -1;
            for await (const e of store.readStream(stream)) {
              state = accountDecider.evolve(state, e as unknown as AccountEvent);
              revision = e.revision;
            }
            let events: readonly AccountEvent[];
            try {
              events = accountDecider.decide(command, state);
            } catch (error) {
              if (error instanceof RuleViolation) continue;
              throw error;
            }
            await store.append(
              stream,
              events.map((e, k) => ({
                id: `${i}-${k}`,
                type: e.type,
                data: e.data as unknown as JsonObject,
              })),
              { expectedRevision: revision === -1 ? 'no_stream' : revision },
            );
            for (const e of events) {
              const current = expected.get(s.user);
              if (e.type === 'AccountRegistered')
                expected.set(s.user, {
                  status: 'active',
                  hash: e.data.passwordHash,
                  region: s.region,
                  mustChange: 0,
                  version: 0,
                });
              if ((e.type === 'AccountPasswordChanged' || e.type === 'AccountPasswordReset') && current) {
                current.hash = e.data.passwordHash;
                current.mustChange = e.type === 'AccountPasswordReset' ? 1 : 0;
                current.version += 1;
              }
              if (e.type === 'AccountDisabled' && current) current.status = 'disabled';
            }
          }
          await runner.waitFor(await store.headPosition());
          const readModel = new AccountsReadModel(db);
          expect(readModel.count()).toBe(expected.size);
          for (const [user, want] of expected) {
            expect(readModel.findByUsername(user)).toMatchObject({
              status: want.status,
              password_hash: want.hash,
              region_code: want.region,
              must_change_password: want.mustChange,
              password_version: want.version,
            });
          }
          await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), [accountsProjection]);
          const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
          expect(dumpTables(rebuilt, ['accounts'])).toEqual(dumpTables(db, ['accounts']));
          rebuilt.close();
        } finally {
          await runner.stop();
          await store.close();
          db.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('accounts read model (cached rows)', () => {
  it('a row read before an account event is read afresh once the event reaches the read model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-accounts-'));
    const store = new SqliteEventStore(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' });
    const db = openReadModelDatabase(join(dir, 'live.sqlite'));
    const runner = new ProjectionRunner(store, db, [accountsProjection]);
    const accounts = new AccountsReadModel(db);
    forgetCachedAccountsOnChange(runner, accounts);
    await runner.start();
    const accountId = accountIdFor('li.lei');
    const [registered] = accountDecider.decide(
      commandFor({ kind: 'register', user: 'li.lei', region: '410122' }, 0),
      accountDecider.initialState(),
    );
    try {
      await store.append(
        accountStream(accountId),
        [{ id: 'e0', type: registered.type, data: registered.data as unknown as JsonObject }],
        { expectedRevision: 'no_stream' },
      );
      await runner.waitFor(await store.headPosition());
      expect(accounts.findById(accountId)?.status).toBe('active');
      await store.append(
        accountStream(accountId),
        [
          {
            id: 'e1',
            type: 'AccountDisabled',
            data: { accountId, reason: 'left', disabledBy: 'acc-admin', disabledAt: metadata.now },
          },
        ],
        { expectedRevision: 0 },
      );
      await runner.waitFor(await store.headPosition());
      expect(accounts.findById(accountId)?.status).toBe('disabled');
    } finally {
      await runner.stop();
      await store.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
