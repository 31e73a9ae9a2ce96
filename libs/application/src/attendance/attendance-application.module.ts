import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { AttendanceSessionsReadModel, ProjectionRunner } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { AttendanceCodes } from './attendance-codes';
import { AttendanceService } from './attendance.service';

/** On-site check-in and check-out (签到签退). */
@Module({
  providers: [
    {
      provide: AttendanceSessionsReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new AttendanceSessionsReadModel(db),
    },
    AttendanceCodes,
    AttendanceService,
  ],
  exports: [AttendanceService, AttendanceCodes],
})
export class AttendanceApplicationModule {}
