import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WEBHOOKS_FILE, WebhookOutbox } from './webhook-outbox';
import { systemResolver } from './webhook-url-policy';
import { WEBHOOK_RESOLVER, WebhooksService } from './webhooks.service';

/** Webhooks: their registration, the outbox fed by the log, and the couriers (started by the server only). */
@Module({
  providers: [
    {
      provide: WebhookOutbox,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => WebhookOutbox.open(join(config.dataDir, WEBHOOKS_FILE)),
    },
    { provide: WEBHOOK_RESOLVER, useValue: systemResolver },
    WebhookDispatcher,
    WebhooksService,
  ],
  exports: [WebhookOutbox, WebhookDispatcher, WebhooksService],
})
export class WebhooksApplicationModule {}
