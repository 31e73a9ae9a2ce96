import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { NotificationsReadModel, ProjectionRunner } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { NotificationInbox } from './notification-inbox';

/** The inbox of every account (a read model of the events) and its read marks. */
@Module({
  providers: [
    {
      provide: NotificationsReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new NotificationsReadModel(db),
    },
    NotificationInbox,
  ],
  exports: [NotificationInbox],
})
export class NotificationsApplicationModule {}
