import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { NeedsReadModel, ProjectionRunner } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { VolunteeringApplicationModule } from '../volunteering/volunteering-application.module';
import { NeedContactVault } from './need-contact-vault';
import { NeedFulfilmentSweep } from './need-fulfilment-sweep';
import { NeedsService } from './needs.service';

/** Needs of the public: the service, the sweep that records needs fulfilled, the read model. */
@Module({
  imports: [VolunteeringApplicationModule],
  providers: [
    {
      provide: NeedsReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new NeedsReadModel(db),
    },
    NeedContactVault,
    NeedsService,
    NeedFulfilmentSweep,
  ],
  exports: [NeedsService, NeedFulfilmentSweep, NeedsReadModel],
})
export class NeedsApplicationModule {}
