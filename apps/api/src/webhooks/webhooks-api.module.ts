import { Module } from '@nestjs/common';
import { WebhooksApplicationModule } from '@ledger/application';
import { WebhookCouriers } from './webhook-couriers';
import { WebhooksController } from './webhooks.controller';

/** HTTP for webhooks, and the couriers that send them while the server runs. */
@Module({
  imports: [WebhooksApplicationModule],
  controllers: [WebhooksController],
  providers: [WebhookCouriers],
})
export class WebhooksApiModule {}
