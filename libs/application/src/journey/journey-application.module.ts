import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ProjectionRunner, SignupsReadModel } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { JourneyService } from './journey.service';
import { NoShowSweep } from './no-show-sweep';

/** Recruitment, sign-ups and the no-show sweep. */
@Module({
  providers: [
    {
      provide: SignupsReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new SignupsReadModel(db),
    },
    JourneyService,
    NoShowSweep,
  ],
  exports: [JourneyService, NoShowSweep, SignupsReadModel],
})
export class JourneyApplicationModule {}
