import { Inject } from '@nestjs/common';
import { EVENT_STORE, type AppendResult, type EventStore } from '@ledger/event-store';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliFailure } from '../cli-context';
import { Progress } from '../progress';
import { readExport } from './export-reader';

/**
 * Loads an export into an empty store: the way to restore a backup, and to move a SQLite ledger
 * onto EventStoreDB. All or nothing: the whole file is read and checked first (header, every
 * event's hash, every stream's chain, positions, the trailer's count; see `readExport`) and only a
 * file that passes is written, in a second read. The store computes the chain anew as it appends,
 * and arrives at the same hashes: verify-chain checks the result.
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

    // First read: check everything, write nothing. A refused file leaves the store empty.
    const checking = new Progress('import check');
    let checked = 0;
    const contents = await readExport(options.input, (_event, header) => {
      if (++checked % 5000 === 0) checking.update(checked, header.headPosition || undefined);
    });
    checking.finish(
      `${contents.events.toLocaleString('en')} events in ${options.input} checked: hashes, chains and count`,
    );

    // Second read: write. The same checks run again, so a file changed since the first read stops
    // the import (with what was written so far named in the message).
    const progress = new Progress('import');
    // The embedded store commits queued appends together; a remote store gets them one by one so
    // that each stream's events arrive in order.
    const window = this.store.kind === 'eventstoredb' ? 1 : 512;
    let inFlight: Promise<AppendResult>[] = [];
    let events = 0;
    let written = 0;
    try {
      await readExport(options.input, async (event, header) => {
        const appended = this.store
          .append(
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
          )
          .then((result) => {
            written++;
            return result;
          });
        // Awaited in a batch below; until then a refusal must not count as an unhandled rejection,
        // which would end the process before it could say what happened.
        appended.catch(() => undefined);
        inFlight.push(appended);
        events++;
        if (inFlight.length >= window) {
          await Promise.all(inFlight);
          inFlight = [];
          progress.update(events, header.headPosition || undefined);
        }
      });
      await Promise.all(inFlight);
    } catch (error) {
      await Promise.allSettled(inFlight);
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliFailure(
        `the import stopped while writing, after the file had passed its checks (was it changed ` +
          `meanwhile?): ${reason}. ${written.toLocaleString('en')} events were written; import again ` +
          'into a new data dir',
      );
    }
    progress.finish(
      `${events.toLocaleString('en')} events imported from ${options.input}; run verify-chain to check the result`,
    );
  }

  @Option({ flags: '-i, --input <file>', required: true, description: 'the NDJSON export to load' })
  parseInput(value: string): string {
    return value;
  }
}
