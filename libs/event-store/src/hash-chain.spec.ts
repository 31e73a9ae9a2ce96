import fc from 'fast-check';
import type { JsonObject } from './event-store';
import { eventHash, plainEventHash } from './hash-chain';

describe('hash chain', () => {
  it('the fast hash used on append equals the reference RFC 8785 hash used by verify-chain, for any plain JSON', () => {
    const json = fc.jsonValue() as fc.Arbitrary<unknown>;
    const object = fc.dictionary(fc.string(), json) as fc.Arbitrary<JsonObject>;
    fc.assert(
      fc.property(
        object,
        object,
        fc.string(),
        fc.nat(),
        fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
        (data, metadata, type, revision, prevHash: string | null) => {
          // Events are stored after a JSON round trip; the hash covers that form.
          const content = {
            stream: `volunteer-${revision}`,
            revision,
            id: `e-${revision}`,
            type,
            schemaVersion: 1,
            data: JSON.parse(JSON.stringify(data)) as JsonObject,
            metadata: JSON.parse(JSON.stringify(metadata)) as JsonObject,
            recordedAt: '2026-03-05T01:00:00.000Z',
            prevHash,
          };
          expect(plainEventHash(content)).toBe(eventHash(content));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('changes when any covered field changes', () => {
    const base = {
      stream: 's',
      revision: 0,
      id: 'e',
      type: 'T',
      schemaVersion: 1,
      data: { 名字: '张三', n: 1 },
      metadata: {},
      recordedAt: '2026-03-05T01:00:00.000Z',
      prevHash: null,
    };
    const hash = eventHash(base);
    for (const changed of [
      { ...base, stream: 't' },
      { ...base, revision: 1 },
      { ...base, id: 'f' },
      { ...base, type: 'U' },
      { ...base, schemaVersion: 2 },
      { ...base, data: { 名字: '李四', n: 1 } },
      { ...base, metadata: { a: 1 } },
      { ...base, recordedAt: '2026-03-05T01:00:00.001Z' },
      { ...base, prevHash: 'x' },
    ]) {
      expect(eventHash(changed)).not.toBe(hash);
    }
  });
});
