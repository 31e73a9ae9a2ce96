import { gunzipSync, gzipSync } from 'node:zlib';

/** Bits per list: the minimum of W3C Bitstring Status List (16 KB), for herd privacy. */
export const STATUS_LIST_BITS = 131_072;

/** `encodedList`: multibase base64url (`u`) of the GZIP of the bitstring; bit 0 is the first byte's high bit. */
export function encodeStatusList(setIndices: Iterable<number>, bits = STATUS_LIST_BITS): string {
  const bytes = Buffer.alloc(Math.ceil(bits / 8));
  for (const index of setIndices) {
    if (index < 0 || index >= bits) throw new RangeError(`status index ${index} outside the list`);
    bytes[index >> 3] |= 0x80 >> (index & 7);
  }
  return 'u' + gzipSync(bytes).toString('base64url');
}

/** Whether `index` is set in an `encodedList`; throws when the list is malformed. */
export function statusBitOf(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index < 0 || index >= bytes.length * 8) throw new RangeError('statusListIndex outside the list');
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
