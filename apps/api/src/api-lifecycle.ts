import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/application';
import { ProjectionRunner } from '@ledger/projections';
import { FirstAdministrator } from './accounts/first-administrator';

export const SERVER_PID_FILE = 'server.pid';

/**
 * What the server does around its life: bring the read models up to date with the log before it
 * answers anything, create the first administrator, and mark the data dir as in use (the CLI
 * refuses to rebuild read models under a running server).
 */
@Injectable()
export class ApiLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Ledger');

  constructor(
    private readonly projections: ProjectionRunner,
    private readonly firstAdministrator: FirstAdministrator,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.projections.start();
    this.logger.log({
      msg: 'read models up to date',
      position: this.projections.position,
      ms: Date.now() - started,
    });
    await this.firstAdministrator.ensure();
    writeFileSync(join(this.config.dataDir, SERVER_PID_FILE), String(process.pid));
  }

  onApplicationShutdown(): void {
    rmSync(join(this.config.dataDir, SERVER_PID_FILE), { force: true });
  }
}
