import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  NotFound,
  regionCodeRange,
  ValidationFailed,
  webhookDecider,
  webhookStream,
} from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { WebhookDispatcher } from './webhook-dispatcher';
import { type DeliveryRow, WebhookOutbox, type WebhookRow } from './webhook-outbox';
import { checkWebhookUrl, type Resolver, systemResolver } from './webhook-url-policy';

export const WEBHOOK_RESOLVER = Symbol('WEBHOOK_RESOLVER');

export interface WebhookView {
  readonly id: string;
  readonly url: string;
  readonly events: string[];
  readonly regionCode: string;
  readonly registeredAt: string;
  readonly registeredBy: string;
  /** The secret itself is never shown again: only this fingerprint, to tell secrets apart. */
  readonly secretFingerprint: string;
  /** When an administrator disabled it; null while it receives. */
  readonly disabledAt: string | null;
}

export interface DeliveryView {
  readonly id: string;
  readonly eventId: string;
  readonly type: string;
  readonly status: DeliveryRow['status'];
  readonly attempts: number;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
  readonly nextAttemptAt: string | null;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly log: {
    attempt: number;
    at: string;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
  }[];
}

export const SECRET_MIN = 16;
export const SECRET_MAX = 256;

const fingerprintOf = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex').slice(0, 16);

/** Registering webhooks (administrators, for their region) and reading their delivery log. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly outbox: WebhookOutbox,
    private readonly dispatcher: WebhookDispatcher,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(WEBHOOK_RESOLVER) private readonly resolver: Resolver,
  ) {}

  async register(
    input: { url: string; events: string[]; secret: string },
    context: CommandContext,
  ): Promise<WebhookView> {
    assertRole(context.actor, 'admin');
    if ([...input.secret].length < SECRET_MIN || [...input.secret].length > SECRET_MAX) {
      throw new ValidationFailed([
        { field: 'secret', message: `secret must have ${SECRET_MIN}–${SECRET_MAX} characters` },
      ]);
    }
    const url = await checkWebhookUrl(input.url, this.config.webhookAllowHosts, this.resolver);
    const webhookId = `whk-${randomBytes(12).toString('hex')}`;
    // The secret is kept before the event exists, so the outbox never meets a webhook without one.
    this.outbox.saveSecret(webhookId, input.secret);
    const result = await this.runner.handle(
      webhookDecider,
      webhookStream(webhookId),
      {
        type: 'RegisterWebhook',
        data: {
          webhookId,
          url: url.href,
          events: input.events,
          regionCode: context.actor.regionCode,
          secretFingerprint: fingerprintOf(input.secret),
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    const event = result.events[0];
    if (event?.type !== 'WebhookRegistered') throw new Error(`webhook ${webhookId}: nothing recorded`);
    // Reads made after this answer see the webhook (the outbox follows the log on its own).
    await this.dispatcher.waitFor(result.position);
    const { webhookId: id, registeredAt, registeredBy, secretFingerprint } = event.data;
    return {
      id,
      url: event.data.url,
      events: event.data.events,
      regionCode: event.data.regionCode,
      registeredAt,
      registeredBy,
      secretFingerprint,
      disabledAt: null,
    };
  }

  /** Stops a webhook (administrators of its region): nothing more is queued, what waited is not sent. */
  async disable(webhookId: string, reason: string, context: CommandContext): Promise<WebhookView> {
    assertRole(context.actor, 'admin');
    const webhook = this.outbox.webhook(webhookId);
    if (!webhook) throw new NotFound('webhook', webhookId);
    assertRegion(context.actor, webhook.region_code);
    const result = await this.runner.handle(
      webhookDecider,
      webhookStream(webhookId),
      { type: 'DisableWebhook', data: { webhookId, reason }, metadata: commandMetadata(context) },
      context,
    );
    await this.dispatcher.waitFor(result.position);
    return this.viewOf(this.outbox.webhook(webhookId)!);
  }

  list(actor: Actor): WebhookView[] {
    assertRole(actor, 'admin');
    const range = regionCodeRange(actor.regionCode);
    return this.outbox
      .webhooks()
      .filter((row) => row.region_code >= range.from && row.region_code < range.to)
      .map((row) => this.viewOf(row));
  }

  deliveries(
    actor: Actor,
    webhookId: string,
    paging: { limit: number; offset: number },
  ): { items: DeliveryView[]; total: number } {
    assertRole(actor, 'admin');
    const webhook = this.outbox.webhook(webhookId);
    if (!webhook) throw new NotFound('webhook', webhookId);
    assertRegion(actor, webhook.region_code);
    const { rows, total } = this.outbox.deliveries(webhookId, paging.limit, paging.offset);
    return {
      total,
      items: rows.map((row) => ({
        id: row.delivery_id,
        eventId: row.event_id,
        type: row.event_type,
        status: row.status,
        attempts: row.attempts,
        createdAt: row.created_at,
        deliveredAt: row.delivered_at,
        nextAttemptAt:
          row.status === 'pending' && row.next_attempt_at > 0
            ? new Date(row.next_attempt_at).toISOString()
            : null,
        lastStatusCode: row.last_status_code,
        lastError: row.last_error,
        log: this.outbox.attemptsOf(row.delivery_id).map((a) => ({
          attempt: a.attempt,
          at: a.at,
          statusCode: a.status_code,
          error: a.error,
          durationMs: a.duration_ms,
        })),
      })),
    };
  }

  private viewOf(row: WebhookRow): WebhookView {
    const secret = this.outbox.secretOf(row.webhook_id);
    return {
      id: row.webhook_id,
      url: row.url,
      events: JSON.parse(row.events) as string[],
      regionCode: row.region_code,
      registeredAt: row.registered_at,
      registeredBy: row.registered_by,
      secretFingerprint: secret ? fingerprintOf(secret) : '',
      disabledAt: row.disabled_at,
    };
  }
}

export { systemResolver };
