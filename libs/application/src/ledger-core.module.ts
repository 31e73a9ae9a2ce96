import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { createEventStore, EVENT_STORE, type EventStore, UpcasterChain } from '@ledger/event-store';
import {
  AccountsReadModel,
  ALL_PROJECTIONS,
  forgetCachedAccountsOnChange,
  openReadModelDatabase,
  ProjectionRunner,
} from '@ledger/projections';
import { ChangeAccountPasswordHandler } from './accounts/change-account-password.handler';
import { ChangeOwnPasswordHandler } from './accounts/change-own-password.handler';
import { ResetAccountPasswordHandler } from './accounts/reset-account-password.handler';
import { PasswordHasher } from './accounts/password-hasher';
import { RegisterAccountHandler } from './accounts/register-account.handler';
import { LEDGER_CONFIG, type LedgerConfig, loadLedgerConfig } from './config/ledger-config';
import { Clock, StartedClock, SystemClock } from './ledger/clock';
import { DeciderRunner } from './ledger/decider-runner';
import { ProjectionBarrier } from './ledger/projection-barrier';
import { NoReadModelBarrier, ReadModelBarrier } from './ledger/read-model-barrier';
import { UPCASTERS } from './upcasters';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');
export const READ_MODEL_FILE = 'readmodels.sqlite';

export interface LedgerCoreOptions {
  readonly config?: LedgerConfig;
  readonly clock?: Clock;
  /**
   * Opens the event store instead of the one `config.store` names; everything else still follows
   * `config.store` (tests run the whole app on the EventStoreDB adapter over a stand-in client).
   */
  readonly eventStore?: () => Promise<EventStore>;
}

/** Closes what the module opened, in order: stop following the log, then the store, then the read models. */
@Injectable()
class LedgerShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Ledger');
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.store.close();
    if (this.db.open) this.db.close();
    this.logger.log({ msg: 'event store and read models closed' });
  }
}

/**
 * The ledger's core, shared by the API and the CLI: configuration, the event store the
 * configuration names, the read models and their runner, and the command handlers.
 */
@Global()
@Module({})
export class LedgerCoreModule {
  static forRoot(options: LedgerCoreOptions = {}): DynamicModule {
    const config = options.config ?? loadLedgerConfig();
    return {
      module: LedgerCoreModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        {
          provide: Clock,
          useValue:
            options.clock ?? (config.clockStart ? new StartedClock(config.clockStart) : new SystemClock()),
        },
        { provide: UpcasterChain, useValue: new UpcasterChain(UPCASTERS) },
        {
          provide: EVENT_STORE,
          useFactory: () =>
            options.eventStore?.() ??
            createEventStore(
              config.store.kind === 'sqlite' ? { kind: 'sqlite', dataDir: config.dataDir } : config.store,
            ),
        },
        {
          provide: READ_MODEL_DB,
          useFactory: () => {
            mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
            return openReadModelDatabase(join(config.dataDir, READ_MODEL_FILE));
          },
        },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODEL_DB, UpcasterChain],
          useFactory: (store: EventStore, db: Database.Database, upcasters: UpcasterChain) => {
            const logger = new Logger('Projections');
            return new ProjectionRunner(store, db, ALL_PROJECTIONS, {
              upcasters,
              onError: (error) =>
                logger.error({ msg: 'projection failed; restarting from checkpoint', error: String(error) }),
            });
          },
        },
        {
          provide: ReadModelBarrier,
          inject: [ProjectionRunner],
          useFactory: (runner: ProjectionRunner) =>
            config.store.kind === 'sqlite' ? new ProjectionBarrier(runner) : new NoReadModelBarrier(),
        },
        {
          provide: AccountsReadModel,
          // The runner creates the read-model tables; queries are prepared after it.
          inject: [READ_MODEL_DB, ProjectionRunner],
          useFactory: (db: Database.Database, runner: ProjectionRunner) => {
            const accounts = new AccountsReadModel(db);
            forgetCachedAccountsOnChange(runner, accounts);
            return accounts;
          },
        },
        { provide: PasswordHasher, useValue: new PasswordHasher(config.passwordHashLog2Cost) },
        DeciderRunner,
        LedgerShutdown,
        RegisterAccountHandler,
        ChangeAccountPasswordHandler,
        ChangeOwnPasswordHandler,
        ResetAccountPasswordHandler,
      ],
      exports: [
        LEDGER_CONFIG,
        Clock,
        UpcasterChain,
        EVENT_STORE,
        READ_MODEL_DB,
        ProjectionRunner,
        ReadModelBarrier,
        AccountsReadModel,
        PasswordHasher,
        DeciderRunner,
        CqrsModule,
      ],
    };
  }
}
