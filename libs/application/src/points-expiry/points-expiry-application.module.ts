import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { PointsLotsReadModel, ProjectionRunner } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { PointsExpiry } from './points-expiry.service';

/** The points expiry job, for the server's schedule and `npm run cli -- points expire`. */
@Module({
  providers: [
    {
      provide: PointsLotsReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new PointsLotsReadModel(db),
    },
    PointsExpiry,
  ],
  exports: [PointsLotsReadModel, PointsExpiry],
})
export class PointsExpiryApplicationModule {}
