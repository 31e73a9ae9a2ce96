import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InvalidAppendError, plainEventHash, type RecordedEvent, validateAppend } from '@ledger/event-store';
import { CliFailure } from '../cli-context';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportTrailer } from './export-format';

export interface ExportContents {
  readonly header: ExportHeader;
  readonly trailer: ExportTrailer;
  /** Events read (the trailer's count, once the file is whole). */
  readonly events: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** What an exported event must be before its hash is worth computing. */
function isRecordedEvent(value: Record<string, unknown>): boolean {
  return (
    typeof value.stream === 'string' &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    isCount(value.revision) &&
    isCount(value.position) &&
    value.position > 0 &&
    isCount(value.schemaVersion) &&
    isObject(value.data) &&
    isObject(value.metadata) &&
    typeof value.recordedAt === 'string' &&
    typeof value.hash === 'string' &&
    (value.prevHash === null || typeof value.prevHash === 'string')
  );
}

/**
 * Reads an export from start to end and checks all of it, one line at a time (the file is never held
 * in memory): the header, each event's shape and hash, each stream's chain (revisions 0, 1, 2… each
 * naming the hash of the one before), global positions in order (and without gaps from an embedded
 * store, which promises them), that nothing the store would refuse is in it, the trailer's count,
 * nothing after the trailer, and that the events reach the head position the header names (an
 * export cut short, whose trailer was rewritten to match, stops before it).
 *
 * `onEvent` gets each event once its own checks pass; the file as a whole is known good only when
 * this returns. Import reads the file twice: once with nothing to do, so that a bad file is refused
 * before anything is written, then again to write (and to stop if the file changed in between).
 */
export async function readExport(
  file: string,
  onEvent: (event: RecordedEvent, header: ExportHeader) => void | Promise<void>,
): Promise<ExportContents> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const streams = new Map<string, { revision: number; hash: string }>();
  let header: ExportHeader | undefined;
  let trailer: ExportTrailer | undefined;
  let events = 0;
  let lastPosition = 0;
  let lineNumber = 0;
  function refuse(message: string, exitCode?: number): never {
    throw new CliFailure(`line ${lineNumber}: ${message}`, exitCode);
  }

  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      refuse('not JSON; the export is truncated or altered');
    }
    if (!header) {
      if (!isObject(value) || value.format !== EXPORT_FORMAT) {
        throw new CliFailure(`${file} is not a ledger export`, 2);
      }
      if (value.version !== EXPORT_VERSION) {
        refuse(`export version ${String(value.version)}; this ledger reads version ${EXPORT_VERSION}`, 2);
      }
      if (!isCount(value.headPosition)) refuse('the header has no head position; the export was altered');
      header = value as unknown as ExportHeader;
      continue;
    }
    if (trailer) refuse('something follows the trailer; the export was altered');
    if (!isObject(value)) refuse('not an event; the export was altered');
    const record = value as Record<string, unknown>;
    if (record.end === true) {
      if (!isCount(record.events)) refuse('the trailer has no event count; the export was altered');
      trailer = record as unknown as ExportTrailer;
      continue;
    }
    if (!isRecordedEvent(record)) refuse('not an event; the export was altered');
    const event = record as unknown as RecordedEvent;
    // The event came out of JSON.parse: plain JSON, which plainEventHash hashes as eventHash does.
    if (plainEventHash(event) !== event.hash) {
      refuse(`event ${event.id} does not match its hash; the export was altered`);
    }
    const previous = streams.get(event.stream);
    const expectedRevision = previous ? previous.revision + 1 : 0;
    if (event.revision !== expectedRevision) {
      refuse(
        `event ${event.id} is revision ${event.revision} of ${event.stream}, where revision ${expectedRevision} ` +
          'comes next; events are missing or out of order',
      );
    }
    if (event.prevHash !== (previous?.hash ?? null)) {
      refuse(
        `event ${event.id} does not follow the event before it in ${event.stream}; the export was altered`,
      );
    }
    if (event.position <= lastPosition) {
      refuse(
        `event ${event.id} is at position ${event.position}, after ${lastPosition}; events are out of order`,
      );
    }
    if (header.store === 'sqlite' && event.position !== lastPosition + 1) {
      refuse(`positions ${lastPosition + 1} to ${event.position - 1} are missing`);
    }
    try {
      validateAppend(event.stream, [event]);
    } catch (error) {
      if (error instanceof InvalidAppendError) refuse(`event ${event.id}: ${error.message}`);
      throw error;
    }
    streams.set(event.stream, { revision: event.revision, hash: event.hash });
    lastPosition = event.position;
    events++;
    await onEvent(event, header);
  }

  if (!header) throw new CliFailure(`${file} is empty`, 2);
  if (!trailer)
    throw new CliFailure(`${file} ends early: ${events} events read, no trailer; it is truncated`);
  if (trailer.events !== events) {
    throw new CliFailure(`the trailer counts ${trailer.events} events, the file holds ${events}`);
  }
  if (lastPosition < header.headPosition) {
    throw new CliFailure(
      `the header names head position ${header.headPosition}, the last event is at ${lastPosition}: ` +
        'events are missing; the export was altered',
    );
  }
  return { header, trailer, events };
}
