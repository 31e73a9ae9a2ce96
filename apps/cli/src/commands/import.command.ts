import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Inject } from '@nestjs/common';
import {
  EVENT_STORE,
  type AppendResult,
  type EventStore,
  eventHash,
  type RecordedEvent,
} from '@ledger/event-store';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliFailure } from '../cli-context';
import { Progress } from '../progress';
import { EXPORT_FORMAT, type ExportHeader, type ExportTrailer } from './export-format';

/**
 * Loads an export into an empty store: the way to restore a backup, and to move a SQLite ledger
 * onto EventStoreDB. Each event's hash is checked before it is written, and the store, which
 * computes the chain anew, must arrive at the same hash: an altered export is refused.
 */
@Command({ name: 'import', description: 'Load an NDJSON export into an empty store' })
export class ImportCommand extends CommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  async run(_: string[], options: { input: string }): Promise<void> {
    if ((await this.store.headPosition()) !== 0) {
      throw new CliFailure(
        'the store is not empty; import only into a new data dir or an empty EventStoreDB',
        2,
      );
    }
    const lines = createInterface({
      input: createReadStream(options.input, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    const progress = new Progress('import');
    // The embedded store commits queued appends together; a remote store gets them one by one so
    // that each stream's events arrive in order.
    const window = this.store.kind === 'eventstoredb' ? 1 : 512;
    let inFlight: Promise<AppendResult>[] = [];
    let header: ExportHeader | undefined;
    let trailer: ExportTrailer | undefined;
    let events = 0;
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const value = JSON.parse(line) as Record<string, unknown>;
      if (!header) {
        if (value.format !== EXPORT_FORMAT)
          throw new CliFailure(`${options.input} is not a ledger export`, 2);
        header = value as unknown as ExportHeader;
        continue;
      }
      if (value.end === true) {
        trailer = value as unknown as ExportTrailer;
        break;
      }
      const event = value as unknown as RecordedEvent;
      if (eventHash(event) !== event.hash) {
        throw new CliFailure(
          `line ${lineNumber}: event ${event.id} does not match its hash; the export was altered`,
        );
      }
      inFlight.push(
        this.store.append(
          event.stream,
          [
            {
              id: event.id,
              type: event.type,
              data: event.data,
              metadata: event.metadata,
              schemaVersion: event.schemaVersion,
              recordedAt: event.recordedAt,
            },
          ],
          { expectedRevision: event.revision === 0 ? 'no_stream' : event.revision - 1 },
        ),
      );
      events++;
      if (inFlight.length >= window) {
        await Promise.all(inFlight);
        inFlight = [];
        progress.update(events, header.headPosition || undefined);
      }
    }
    await Promise.all(inFlight);
    if (!header) throw new CliFailure(`${options.input} is empty`, 2);
    if (!trailer)
      throw new CliFailure(`${options.input} ends early: ${events} events read, no trailer; it is truncated`);
    if (trailer.events !== events)
      throw new CliFailure(`the trailer counts ${trailer.events} events, the file holds ${events}`);
    progress.finish(
      `${events.toLocaleString('en')} events imported from ${options.input}; run verify-chain to check the result`,
    );
  }

  @Option({ flags: '-i, --input <file>', required: true, description: 'the NDJSON export to load' })
  parseInput(value: string): string {
    return value;
  }
}
