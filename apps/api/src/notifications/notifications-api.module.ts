import { Module } from '@nestjs/common';
import { NotificationsApplicationModule } from '@ledger/application';
import { NotificationsController } from './notifications.controller';

/** HTTP for the inbox of every account. */
@Module({
  imports: [NotificationsApplicationModule],
  controllers: [NotificationsController],
})
export class NotificationsApiModule {}
