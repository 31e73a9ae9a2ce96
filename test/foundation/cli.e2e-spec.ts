import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../support/cli-process';
import { temporaryDataDir } from '../support/test-app';

const createAccounts = (dataDir: string, n: number): void => {
  for (let i = 0; i < n; i++) {
    const result = runCli(dataDir, [
      'accounts',
      'create',
      '-u',
      `user.${i}`,
      '-p',
      'password-123',
      '-r',
      'organiser',
      '--region',
      '410100',
    ]);
    expect(result).toMatchObject({ code: 0 });
  }
};

describe('the CLI', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = temporaryDataDir('ledger-cli-');
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('accounts create refuses a duplicate, a bad role and a region of no division, with a one-line reason', () => {
    createAccounts(dataDir, 1);
    const duplicate = runCli(dataDir, [
      'accounts',
      'create',
      '-u',
      'USER.0',
      '-p',
      'password-123',
      '-r',
      'organiser',
      '--region',
      '410100',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/CONFLICT: account USER.0 already exists/);
    const badRole = runCli(dataDir, [
      'accounts',
      'create',
      '-u',
      'x.y',
      '-p',
      'password-123',
      '-r',
      'king',
      '--region',
      '410100',
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role must be one of/);
    const noSuchRegion = runCli(dataDir, [
      'accounts',
      'create',
      '-u',
      'x.z',
      '-p',
      'password-123',
      '-r',
      'organiser',
      '--region',
      '410199',
    ]);
    expect(noSuchRegion.code).toBe(2);
    expect(noSuchRegion.stderr).toMatch(
      /--region must be the code of a province, city or county of GB\/T 2260/,
    );
  });

  describe('verify-chain', () => {
    beforeEach(() => createAccounts(dataDir, 3));

    const tamper = (sql: string) => {
      const db = new Database(join(dataDir, 'events.sqlite'));
      db.exec(sql);
      db.close();
    };

    it('passes an intact log', () => {
      const result = runCli(dataDir, ['verify-chain']);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/3 events in 3 streams checked, every chain intact/);
    });

    it('names an altered event', () => {
      const id = (() => {
        const db = new Database(join(dataDir, 'events.sqlite'));
        const row = db.prepare('SELECT id FROM events WHERE position = 2').get() as { id: string };
        db.prepare(
          `UPDATE events SET data = replace(data, '"organiser"', '"admin"') WHERE position = 2`,
        ).run();
        db.close();
        return row.id;
      })();
      const result = runCli(dataDir, ['verify-chain']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`ALTERED: stream`);
      expect(result.stdout).toContain(id);
    });

    it('names a removed event', () => {
      tamper('DELETE FROM events WHERE position = 2');
      const result = runCli(dataDir, ['verify-chain']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/POSITION-GAP: .*position 2 to 2 missing/);
    });

    it('names events moved within a stream', () => {
      runCli(dataDir, ['accounts', 'reset-password', '-u', 'user.0', '-p', 'password-456']);
      // Swap the two events of user.0's stream: revisions stay, content moves.
      tamper(`
        UPDATE events SET revision = -1 WHERE position = 1;
        UPDATE events SET revision = 0 WHERE position = 4;
        UPDATE events SET revision = 1 WHERE position = 1;`);
      const result = runCli(dataDir, ['verify-chain']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/REORDERED|ALTERED/);
    });
  });

  describe('export and import', () => {
    it('round-trips the log into an empty store with the same events and hashes', () => {
      createAccounts(dataDir, 4);
      const file = join(dataDir, 'export.ndjson');
      expect(runCli(dataDir, ['export', '-o', file]).code).toBe(0);
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ format: 'volunteer-ledger-export', headPosition: 4 });
      expect(lines.at(-1)).toEqual({ end: true, events: 4 });
      expect(lines.slice(1, -1).map((e) => e.position)).toEqual([1, 2, 3, 4]);

      const target = temporaryDataDir('ledger-import-');
      try {
        const imported = runCli(target, ['import', '-i', file]);
        expect(imported.code).toBe(0);
        expect(imported.stderr).toMatch(/4 events imported/);
        expect(runCli(target, ['verify-chain']).code).toBe(0);
        const again = runCli(target, ['export']);
        const reexported = again.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(reexported.slice(1)).toEqual(lines.slice(1));
        expect(runCli(target, ['import', '-i', file])).toMatchObject({ code: 2 });
      } finally {
        rmSync(target, { recursive: true, force: true });
      }
    });

    it('refuses an altered or truncated export', () => {
      createAccounts(dataDir, 2);
      const file = join(dataDir, 'export.ndjson');
      runCli(dataDir, ['export', '-o', file]);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      const altered = join(dataDir, 'altered.ndjson');
      writeFileSync(altered, [lines[0], lines[1].replace('410100', '410200'), ...lines.slice(2)].join('\n'));
      const truncated = join(dataDir, 'truncated.ndjson');
      writeFileSync(truncated, lines.slice(0, 2).join('\n'));
      for (const [input, message] of [
        [altered, /line 2: .* does not match its hash/],
        [truncated, /truncated/],
      ] as const) {
        const target = temporaryDataDir('ledger-import-');
        const result = runCli(target, ['import', '-i', input]);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(message);
        rmSync(target, { recursive: true, force: true });
      }
    });
  });

  describe('import is all or nothing', () => {
    /** Events in a data dir's store, read from its SQLite file (none when there is no file). */
    const storedEvents = (dir: string): number => {
      const path = join(dir, 'events.sqlite');
      if (!existsSync(path)) return 0;
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };

    it('refuses a file altered near its end and writes nothing; the same data dir then takes the good file', () => {
      createAccounts(dataDir, 4);
      const file = join(dataDir, 'export.ndjson');
      expect(runCli(dataDir, ['export', '-o', file]).code).toBe(0);
      // A header, the four events (lines 2–5) and the trailer.
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(6);
      const [header, , , , last, trailer] = lines;
      expect(JSON.parse(trailer)).toEqual({ end: true, events: 4 });
      const variants: [string, string[], RegExp][] = [
        [
          'the last event’s data changed',
          [...lines.slice(0, 4), last.replace('410100', '410200'), trailer],
          /line 5: event \S+ does not match its hash; the export was altered/,
        ],
        ['no trailer', lines.slice(0, 5), /ends early: 4 events read, no trailer; it is truncated/],
        [
          'a trailer counting one event more',
          [...lines.slice(0, 5), JSON.stringify({ end: true, events: 5 })],
          /the trailer counts 5 events, the file holds 4/,
        ],
        [
          'the last event cut off and the trailer rewritten to match',
          [...lines.slice(0, 4), JSON.stringify({ end: true, events: 3 })],
          /the header names head position 4, the last event is at 3: events are missing/,
        ],
        [
          'an event after the trailer',
          [...lines, last],
          /line 7: something follows the trailer; the export was altered/,
        ],
        [
          'the last line cut in the middle',
          [header, ...lines.slice(1, 5), trailer.slice(0, 8)],
          /line 6: not JSON; the export is truncated or altered/,
        ],
      ];
      const targets: string[] = [];
      try {
        for (const [what, content, message] of variants) {
          const input = join(dataDir, 'bad.ndjson');
          writeFileSync(input, content.join('\n') + '\n');
          const target = temporaryDataDir('ledger-import-');
          targets.push(target);
          const result = runCli(target, ['import', '-i', input]);
          expect({ what, code: result.code }).toEqual({ what, code: 1 });
          expect(result.stderr).toMatch(message);
          expect({ what, events: storedEvents(target) }).toEqual({ what, events: 0 });
        }
        const good = runCli(targets[0], ['import', '-i', file]);
        expect(good.code).toBe(0);
        expect(good.stderr).toMatch(/4 events imported/);
        expect(storedEvents(targets[0])).toBe(4);
        expect(runCli(targets[0], ['verify-chain']).code).toBe(0);
      } finally {
        for (const target of targets) rmSync(target, { recursive: true, force: true });
      }
    });
  });

  describe('projections rebuild', () => {
    it('rebuilds, and refuses while a server uses the data dir unless forced', () => {
      createAccounts(dataDir, 2);
      const rebuilt = runCli(dataDir, ['projections', 'rebuild']);
      expect(rebuilt.code).toBe(0);
      expect(rebuilt.stderr).toMatch(
        /2 events replayed into \d+ read models \(accounts[^)]*\), up to position 2/,
      );
      const db = new Database(join(dataDir, 'readmodels.sqlite'));
      expect((db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n).toBe(2);
      db.close();

      writeFileSync(join(dataDir, 'server.pid'), String(process.pid));
      const refused = runCli(dataDir, ['projections', 'rebuild']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/stop it first, or pass --force/);
      expect(runCli(dataDir, ['projections', 'rebuild', '--force']).code).toBe(0);
    });
  });
});
