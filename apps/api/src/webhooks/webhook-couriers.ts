import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { WebhookDispatcher, WebhookOutbox } from '@ledger/application';

/** The server sends webhooks; the CLI and other one-shot tools never do. */
@Injectable()
export class WebhookCouriers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly dispatcher: WebhookDispatcher,
    private readonly outbox: WebhookOutbox,
  ) {}

  onApplicationBootstrap(): void {
    this.dispatcher.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
    this.outbox.close();
  }
}
