import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { NeedsReadModel, NotificationsReadModel, ProjectionRunner } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { InboxReminderSweep } from './inbox-reminder-sweep';
import { NotificationInbox } from './notification-inbox';

/** The inbox of every account (a read model of the events), its read marks, and the reminder sweep. */
@Module({
  providers: [
    {
      provide: NotificationsReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new NotificationsReadModel(db),
    },
    {
      provide: NeedsReadModel,
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new NeedsReadModel(db),
    },
    NotificationInbox,
    InboxReminderSweep,
  ],
  exports: [NotificationInbox, InboxReminderSweep],
})
export class NotificationsApplicationModule {}
