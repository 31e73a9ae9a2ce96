import { join } from 'node:path';
import { Inject } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig, READ_MODEL_DB, READ_MODEL_FILE } from '@ledger/application';
import { EVENT_STORE, type EventStore, UpcasterChain } from '@ledger/event-store';
import { ALL_PROJECTIONS, rebuildReadModels } from '@ledger/projections';
import type Database from 'better-sqlite3';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliFailure } from '../cli-context';
import { Progress } from '../progress';
import { runningServerPid } from '../server-check';

@SubCommand({ name: 'rebuild', description: 'Rebuild every read model from the first event' })
export class ProjectionsRebuildCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly upcasters: UpcasterChain,
  ) {
    super();
  }

  async run(_: string[], options: { force?: boolean }): Promise<void> {
    const pid = runningServerPid(this.config.dataDir);
    if (pid && !options.force) {
      throw new CliFailure(
        `a server (pid ${pid}) uses ${this.config.dataDir}; stop it first, or pass --force`,
      );
    }
    // The new read models replace the file this process opened; let go of it first.
    this.db.close();
    const progress = new Progress('rebuild');
    const summary = await rebuildReadModels(
      this.store,
      join(this.config.dataDir, READ_MODEL_FILE),
      ALL_PROJECTIONS,
      {
        upcasters: this.upcasters,
        onProgress: ({ events, head }) => progress.update(events, head),
      },
    );
    progress.finish(
      `${summary.events.toLocaleString('en')} events replayed into ${summary.projections.length} read models ` +
        `(${summary.projections.join(', ')}), up to position ${summary.position}`,
    );
  }

  @Option({ flags: '--force', description: 'rebuild even though a server seems to be running' })
  parseForce(): boolean {
    return true;
  }
}

@Command({ name: 'projections', description: 'Read models', subCommands: [ProjectionsRebuildCommand] })
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
