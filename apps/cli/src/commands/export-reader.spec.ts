import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventHash, type RecordedEvent } from '@ledger/event-store';
import { CliFailure } from '../cli-context';
import { readExport } from './export-reader';

const header = (extra: object = {}) => ({
  format: 'volunteer-ledger-export',
  version: 1,
  exportedAt: '2026-03-10T04:00:00.000Z',
  store: 'sqlite',
  headPosition: 4,
  ...extra,
});

/** An event with its hash, as a store records it. */
function recorded(
  stream: string,
  revision: number,
  position: number,
  prevHash: string | null,
  data: Record<string, string> = { n: `${stream}#${revision}` },
): RecordedEvent {
  const content = {
    stream,
    revision,
    id: `${stream}-${revision}`,
    type: 'Happened',
    schemaVersion: 1,
    data,
    metadata: {},
    recordedAt: '2026-03-10T04:00:00.000Z',
    prevHash,
  };
  return { ...content, position, hash: eventHash(content) };
}

/** Two streams, interleaved: a0 (1), b0 (2), a1 (3), b1 (4). */
function log(): RecordedEvent[] {
  const a0 = recorded('a', 0, 1, null);
  const b0 = recorded('b', 0, 2, null);
  const a1 = recorded('a', 1, 3, a0.hash);
  const b1 = recorded('b', 1, 4, b0.hash);
  return [a0, b0, a1, b1];
}

describe('readExport', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-export-reader-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (lines: unknown[]): string => {
    const path = join(dir, 'export.ndjson');
    writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    return path;
  };
  const refusal = async (lines: unknown[]): Promise<CliFailure> => {
    const seen: string[] = [];
    try {
      await readExport(file(lines), (event) => void seen.push(event.id));
    } catch (error) {
      expect(error).toBeInstanceOf(CliFailure);
      return error as CliFailure;
    }
    throw new Error(`accepted; events seen: ${seen.join(', ')}`);
  };

  it('reads a whole export, handing over every event in order', async () => {
    const seen: string[] = [];
    const contents = await readExport(file([header(), ...log(), { end: true, events: 4 }]), (event) => {
      seen.push(event.id);
    });
    expect(seen).toEqual(['a-0', 'b-0', 'a-1', 'b-1']);
    expect(contents).toEqual({ header: header(), trailer: { end: true, events: 4 }, events: 4 });
  });

  it('refuses the last event altered, with its line', async () => {
    const events = log();
    events[3] = { ...events[3], data: { n: 'changed' } };
    const error = await refusal([header(), ...events, { end: true, events: 4 }]);
    expect(error.message).toBe('line 5: event b-1 does not match its hash; the export was altered');
  });

  it('refuses an event left out of its stream, even with the count fixed', async () => {
    const [a0, b0, , b1] = log();
    const a2 = recorded('a', 2, 3, a0.hash);
    const error = await refusal([
      header({ store: 'eventstoredb' }),
      a0,
      b0,
      a2,
      b1,
      { end: true, events: 4 },
    ]);
    expect(error.message).toBe(
      'line 4: event a-2 is revision 2 of a, where revision 1 comes next; events are missing or out of order',
    );
  });

  it('refuses an event that does not name the hash of the one before it', async () => {
    const [a0, b0, , b1] = log();
    const a1 = recorded('a', 1, 3, b0.hash);
    const error = await refusal([header(), a0, b0, a1, b1, { end: true, events: 4 }]);
    expect(error.message).toBe(
      'line 4: event a-1 does not follow the event before it in a; the export was altered',
    );
  });

  it('refuses events out of global order, and gaps in an embedded store’s positions', async () => {
    const [a0, b0, a1, b1] = log();
    // Swapped across streams: each chain still holds, the global order does not.
    const swapped = await refusal([
      header({ store: 'eventstoredb' }),
      a0,
      a1,
      b0,
      b1,
      { end: true, events: 4 },
    ]);
    expect(swapped.message).toBe('line 4: event b-0 is at position 2, after 3; events are out of order');
    const gap = await refusal([header(), a0, b0, a1, { ...b1, position: 6 }, { end: true, events: 4 }]);
    expect(gap.message).toBe('line 5: positions 4 to 5 are missing');
    // A remote store's positions are commit positions: gaps are normal there.
    const remote = [a0, b0, a1, b1].map((e, i) => ({ ...e, position: (i + 1) * 100 }));
    const contents = await readExport(
      file([header({ store: 'eventstoredb', headPosition: 400 }), ...remote, { end: true, events: 4 }]),
      () => undefined,
    );
    expect(contents.events).toBe(4);
  });

  it('refuses a missing trailer, a wrong count, a rewritten count short of the head, and lines after the trailer', async () => {
    const events = log();
    expect((await refusal([header(), ...events])).message).toMatch(
      /ends early: 4 events read, no trailer; it is truncated$/,
    );
    expect((await refusal([header(), ...events, { end: true, events: 5 }])).message).toBe(
      'the trailer counts 5 events, the file holds 4',
    );
    expect((await refusal([header(), ...events.slice(0, 3), { end: true, events: 3 }])).message).toBe(
      'the header names head position 4, the last event is at 3: events are missing; the export was altered',
    );
    expect((await refusal([header(), ...events, { end: true, events: 4 }, events[3]])).message).toBe(
      'line 7: something follows the trailer; the export was altered',
    );
  });

  it('refuses a line cut short, something that is not an event, another version, another file', async () => {
    const events = log();
    expect((await refusal([header(), ...events, '{"end":tr'])).message).toBe(
      'line 6: not JSON; the export is truncated or altered',
    );
    expect((await refusal([header(), events[0], [1, 2], { end: true, events: 2 }])).message).toBe(
      'line 3: not an event; the export was altered',
    );
    const { hash: _hash, ...unhashed } = events[0];
    expect((await refusal([header(), unhashed, { end: true, events: 1 }])).message).toBe(
      'line 2: not an event; the export was altered',
    );
    const version = await refusal([header({ version: 2 }), ...events, { end: true, events: 4 }]);
    expect({ message: version.message, exitCode: version.exitCode }).toEqual({
      message: 'line 1: export version 2; this ledger reads version 1',
      exitCode: 2,
    });
    const other = await refusal([{ hello: 'world' }]);
    expect(other.exitCode).toBe(2);
    expect(other.message).toMatch(/is not a ledger export$/);
  });

  it('refuses an event the store would refuse, though its hash is right', async () => {
    const reserved = recorded('$all', 0, 1, null);
    const error = await refusal([header({ headPosition: 1 }), reserved, { end: true, events: 1 }]);
    expect(error.message).toBe('line 2: event $all-0: stream names starting with $ are reserved');
  });
});
