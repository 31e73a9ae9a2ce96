import type { RecordedEvent } from './event-store';
import { UpcasterChain } from './upcasting';

const recorded = (type: string, schemaVersion: number, data: RecordedEvent['data']): RecordedEvent => ({
  id: 'e1',
  stream: 's',
  revision: 0,
  position: 1,
  type,
  data,
  metadata: {},
  schemaVersion,
  recordedAt: '2026-01-01T00:00:00.000Z',
  prevHash: null,
  hash: 'h',
});

describe('upcasting', () => {
  const chain = new UpcasterChain([
    {
      type: 'ServiceRecorded',
      fromVersion: 1,
      upcast: (d) => ({ ...d, minutes: (d.hours as number) * 60, hours: null }),
    },
    {
      type: 'ServiceRecorded',
      fromVersion: 2,
      upcast: ({ hours: _hours, ...rest }) => ({ ...rest, content: rest.content ?? '' }),
    },
  ]);

  it('applies every step from the stored version to the current one', () => {
    const event = chain.upcast(recorded('ServiceRecorded', 1, { hours: 2 }));
    expect(event).toMatchObject({ schemaVersion: 3, data: { minutes: 120, content: '' } });
    expect(event.data).not.toHaveProperty('hours');
  });

  it('leaves current events, and events of other types, as they are', () => {
    const current = recorded('ServiceRecorded', 3, { minutes: 5 });
    expect(chain.upcast(current)).toBe(current);
    const other = recorded('AccountRegistered', 1, { a: 1 });
    expect(chain.upcast(other)).toBe(other);
  });

  it('refuses two upcasters for the same step', () => {
    const step = { type: 'X', fromVersion: 1, upcast: (d: RecordedEvent['data']) => d };
    expect(() => new UpcasterChain([step, step])).toThrow('two upcasters for X@1');
  });
});
