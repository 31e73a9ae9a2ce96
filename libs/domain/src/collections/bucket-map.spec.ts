import fc from 'fast-check';
import { BucketMap } from './bucket-map';

describe('bucket map', () => {
  it('behaves like a Map under any sequence of sets, and earlier versions never change (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 200 }),
        (sets) => {
          let map = BucketMap.empty<number>();
          const reference = new Map<string, number>();
          const versions: [BucketMap<number>, Map<string, number>][] = [];
          for (const [key, value] of sets) {
            versions.push([map, new Map(reference)]);
            map = map.set(key, value);
            reference.set(key, value);
            expect(map.get(key)).toBe(value);
            expect(map.size).toBe(reference.size);
          }
          for (const [version, expected] of versions) {
            expect(version.size).toBe(expected.size);
            for (const [key, value] of expected) expect(version.get(key)).toBe(value);
            expect([...version.values()].sort()).toEqual([...expected.values()].sort());
          }
        },
      ),
    );
  });
});
