const BUCKETS = 256;

/** FNV-1a over the key's UTF-16 code units, folded to a bucket. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

/**
 * An immutable map whose `set` copies one bucket of the entries (about n/256) and the bucket table,
 * instead of all n: a fold over a stream with thousands of keyed entries (a benefit's units) stays
 * linear in its events, and every earlier state stays as it was.
 */
export class BucketMap<V> {
  private constructor(
    private readonly buckets: readonly (ReadonlyMap<string, V> | undefined)[],
    readonly size: number,
  ) {}

  static empty<V>(): BucketMap<V> {
    return new BucketMap<V>(new Array<ReadonlyMap<string, V> | undefined>(BUCKETS).fill(undefined), 0);
  }

  get(key: string): V | undefined {
    return this.buckets[bucketOf(key)]?.get(key);
  }

  has(key: string): boolean {
    return this.buckets[bucketOf(key)]?.has(key) ?? false;
  }

  set(key: string, value: V): BucketMap<V> {
    const index = bucketOf(key);
    const bucket = new Map(this.buckets[index]);
    const grows = !bucket.has(key);
    bucket.set(key, value);
    const buckets = this.buckets.slice();
    buckets[index] = bucket;
    return new BucketMap(buckets, this.size + (grows ? 1 : 0));
  }

  *values(): IterableIterator<V> {
    for (const bucket of this.buckets) if (bucket) yield* bucket.values();
  }
}
