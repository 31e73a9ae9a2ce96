import { Module } from '@nestjs/common';
import { NotificationsApplicationModule } from '@ledger/application';
import { InboxReminderSweeper } from './inbox-reminder-sweeper';
import { NotificationsController } from './notifications.controller';

/** HTTP for the inbox of every account. */
@Module({
  imports: [NotificationsApplicationModule],
  controllers: [NotificationsController],
  providers: [InboxReminderSweeper],
})
export class NotificationsApiModule {}
