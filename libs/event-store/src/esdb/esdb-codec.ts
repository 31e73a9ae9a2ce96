import { createHash } from 'node:crypto';
import {
  ErrorType,
  isCommandError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type EventData,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { toPlainJson } from '../append-rules';
import { InvalidAppendError } from '../errors';
import type { JsonObject, JsonValue, NewEvent, RecordedEvent } from '../event-store';
import { eventHash } from '../hash-chain';

/**
 * How ledger events are laid out in EventStoreDB.
 *
 * EventStoreDB keeps id, stream, revision, type, data and metadata; the ledger's own fields (hash
 * chain, time of recording, schema version) ride in the event metadata under one reserved key and
 * are taken out again on read, so `RecordedEvent.metadata` is exactly what the caller passed.
 */
export const LEDGER_KEY = '$ledger';

export interface LedgerFields {
  readonly hash: string;
  readonly prevHash: string | null;
  readonly recordedAt: string;
  readonly schemaVersion: number;
  /** The caller's id, kept only when it is not the lowercase UUID EventStoreDB stores in its place. */
  readonly id?: string;
}

const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Fixed namespace of the name-based ids below; changing it would break idempotency of stored ids.
const ID_NAMESPACE = Buffer.from('9b1d3c5e7f2a4b6c8d0e1f2a3b4c5d6e', 'hex');

/**
 * EventStoreDB event ids must be UUIDs (and come back lowercase). Our ids are any string, so an id
 * that is not already a lowercase UUID is mapped to a name-based UUID (RFC 4122 version 5 layout):
 * the same id always maps to the same UUID, which is what idempotent retries need.
 */
export function esdbEventId(id: string): string {
  if (LOWERCASE_UUID.test(id)) return id;
  const bytes = createHash('sha1').update(ID_NAMESPACE).update(id, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** EventStoreDB's own streams ($stats, $$metadata, projections' $ce-/$et- links) and event types. */
export const isSystemEvent = (stream: string, type: string): boolean =>
  stream.startsWith('$') || type.startsWith('$');

/**
 * The port's global position is the event's commit position. Every event written through the
 * gRPC API is its own implicitly committed log record, for which EventStoreDB reports
 * commit = prepare = the record's offset in the transaction log: unique per event and increasing
 * in $all order (while several events of one append do NOT share a commit position). Only events
 * of legacy explicit TCP transactions share a commit position; this adapter never writes those.
 */
export function positionNumber(position: Position): number {
  const value = Number(position.commit);
  if (!Number.isSafeInteger(value)) throw new RangeError(`position ${position.commit} exceeds 2^53`);
  return value;
}

/** A position this store handed out, as EventStoreDB wants it back (both halves are the same). */
export const esdbPosition = (position: number): Position => ({
  commit: BigInt(position),
  prepare: BigInt(position),
});

export const revisionNumber = (revision: bigint): number => Number(revision);

export const isStreamNotFound = (error: unknown): boolean =>
  error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND;

export const isWrongExpectedVersion = (
  error: unknown,
): error is Error & { actualVersion: 'no_stream' | bigint } =>
  error instanceof Error && isCommandError(error) && error.type === ErrorType.WRONG_EXPECTED_VERSION;

const isJsonObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);

function parseLedger(value: unknown): LedgerFields | undefined {
  if (!isJsonObject(value)) return undefined;
  const { hash, prevHash, recordedAt, schemaVersion, id } = value;
  if (typeof hash !== 'string' || typeof recordedAt !== 'string' || typeof schemaVersion !== 'number')
    return undefined;
  if (prevHash !== null && typeof prevHash !== 'string') return undefined;
  if (id !== undefined && typeof id !== 'string') return undefined;
  return { hash, prevHash, recordedAt, schemaVersion, ...(id === undefined ? {} : { id }) };
}

/** Splits stored metadata into the caller's part and the ledger's fields. */
export function splitMetadata(stored: unknown): { metadata: JsonObject; ledger?: LedgerFields } {
  if (!isJsonObject(stored)) return { metadata: {} };
  const { [LEDGER_KEY]: ledger, ...metadata } = stored;
  return { metadata, ledger: parseLedger(ledger) };
}

/** Checks what only this adapter forbids; `validateAppend` has checked the rest. */
export function validateForEsdb(events: readonly NewEvent[]): void {
  for (const event of events) {
    if (event.type.startsWith('$'))
      throw new InvalidAppendError(`event ${event.id}: types starting with $ are reserved by EventStoreDB`);
    if (event.metadata && LEDGER_KEY in event.metadata)
      throw new InvalidAppendError(`event ${event.id}: metadata key ${LEDGER_KEY} is reserved`);
  }
}

export interface EncodedEvent {
  readonly esdbId: string;
  readonly hash: string;
  readonly eventData: EventData;
}

/** Builds the EventStoreDB event for one new event at the given revision, extending the chain. */
export function encodeEvent(
  stream: string,
  event: NewEvent,
  revision: number,
  prevHash: string | null,
  now: string,
): EncodedEvent {
  const content = {
    stream,
    revision,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    data: toPlainJson(event.data),
    metadata: toPlainJson(event.metadata ?? {}),
    recordedAt: event.recordedAt ?? now,
    prevHash,
  };
  const hash = eventHash(content);
  const esdbId = esdbEventId(event.id);
  const ledger: LedgerFields = {
    hash,
    prevHash,
    recordedAt: content.recordedAt,
    schemaVersion: content.schemaVersion,
    ...(esdbId === event.id ? {} : { id: event.id }),
  };
  const metadata: JsonObject = { ...content.metadata, [LEDGER_KEY]: ledger as unknown as JsonValue };
  return {
    esdbId,
    hash,
    eventData: jsonEvent({ id: esdbId, type: event.type, data: content.data, metadata }),
  };
}

/**
 * Turns a stored event back into the port's shape; `undefined` for system events and unresolved
 * links. An event that some other writer put in a ledger stream (no ledger fields) is still
 * returned, with an empty hash, so that chain verification reports it instead of hiding it.
 */
export function decodeEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || isSystemEvent(event.streamId, event.type)) return undefined;
  if (!event.position) {
    throw new Error(
      'EventStoreDB did not report event positions on stream reads: version 22.10 or later is required',
    );
  }
  if (!event.isJson || !isJsonObject(event.data)) {
    throw new Error(
      `event ${event.id} in ${event.streamId} is not a JSON object: it was not written by this ledger`,
    );
  }
  const { metadata, ledger } = splitMetadata(event.metadata);
  return {
    id: ledger?.id ?? event.id,
    stream: event.streamId,
    revision: revisionNumber(event.revision),
    position: positionNumber(event.position),
    type: event.type,
    data: event.data,
    metadata,
    schemaVersion: ledger?.schemaVersion ?? 1,
    recordedAt: ledger?.recordedAt ?? event.created.toISOString(),
    prevHash: ledger?.prevHash ?? null,
    hash: ledger?.hash ?? '',
  };
}
