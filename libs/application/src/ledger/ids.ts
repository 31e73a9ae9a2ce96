import { createHash, randomUUID } from 'node:crypto';

/** A UUID derived from a name: the same command always yields the same event ids, so retries are harmless. */
export function deterministicUuid(name: string): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5 layout (name-based)
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const eventIdFor = (commandId: string, stream: string, index: number): string =>
  deterministicUuid(`${commandId}\u0000${stream}\u0000${index}`);

export const newId = (): string => randomUUID();
