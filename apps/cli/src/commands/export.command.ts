import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Inject } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { Command, CommandRunner, Option } from 'nest-commander';
import { Progress } from '../progress';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportTrailer } from './export-format';

@Command({
  name: 'export',
  description: 'Write the whole log as NDJSON, in global order (to --output or stdout)',
})
export class ExportCommand extends CommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  async run(_: string[], options: { output?: string }): Promise<void> {
    const out: Writable = options.output
      ? createWriteStream(options.output, { encoding: 'utf8' })
      : process.stdout;
    const write = async (value: object): Promise<void> => {
      if (!out.write(JSON.stringify(value) + '\n')) await once(out, 'drain');
    };
    const head = await this.store.headPosition();
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      store: this.store.kind,
      headPosition: head,
    };
    await write(header);
    const progress = new Progress('export');
    let events = 0;
    for await (const event of this.store.readAll()) {
      await write(event);
      if (++events % 5000 === 0) progress.update(events);
    }
    const trailer: ExportTrailer = { end: true, events };
    await write(trailer);
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    progress.finish(
      `${events.toLocaleString('en')} events written${options.output ? ` to ${options.output}` : ''}`,
    );
  }

  @Option({ flags: '-o, --output <file>', description: 'write to this file instead of stdout' })
  parseOutput(value: string): string {
    return value;
  }
}
