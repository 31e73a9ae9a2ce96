import { createHmac } from 'node:crypto';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  activityStream,
  isValidRegionCode,
  regionCodeRange,
  regionLevel,
  type WebhookDisabled,
  volunteerStream,
  type WebhookRegistered,
} from '@ledger/domain';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  type Subscription,
  UpcasterChain,
} from '@ledger/event-store';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { Clock } from '../ledger/clock';
import { deliveryIdOf, type DeliveryRow, WebhookOutbox, type WebhookRow } from './webhook-outbox';
import { hostOf, isPublicAddress } from './webhook-url-policy';

/** Attempts before a delivery is given up (status `failed`) and the webhook's next one goes. */
export const MAX_ATTEMPTS = 10;
/** 1 s, 2 s, 4 s … at most 10 minutes between attempts. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(1000 * 2 ** Math.max(0, attempts - 1), 600_000);
const REQUEST_TIMEOUT_MS = 10_000;

export const SIGNATURE_HEADER = 'X-Ledger-Signature';
export const signatureOf = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/**
 * What a delivery carries of an event's data: what the event holds, but never a password hash, and
 * sealed personal data only as `{sealed: true}` (the ciphertext is of no use outside the ledger).
 */
export function deliveredData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deliveredData);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (typeof object.scheme === 'string' && 'ciphertext' in object) return { sealed: true };
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => key !== 'passwordHash')
      .map(([key, inner]) => [key, deliveredData(inner)]),
  );
}

const inRegion = (regionCode: string, webhookRegion: string): boolean => {
  const range = regionCodeRange(webhookRegion);
  return regionCode >= range.from && regionCode < range.to;
};

/**
 * The outbox and its couriers. The store's subscription feeds the outbox: each event, for each
 * webhook that asked for its type and may see its region, becomes a delivery, written with the
 * checkpoint in one transaction. Couriers send each webhook's oldest pending delivery (so a webhook
 * receives in log order), retry with backoff, and log every attempt. Nothing here is on a request's
 * path: a dead endpoint slows no command.
 */
@Injectable()
export class WebhookDispatcher {
  private readonly logger = new Logger('Webhooks');
  private subscription?: Subscription;
  private stopped = true;
  private processed: number;
  private waiters: { position: number; resolve: () => void }[] = [];
  private readonly busy = new Set<string>();
  private readonly inFlight = new Set<ClientRequest>();
  private timer?: NodeJS.Timeout;
  private restartTimer?: NodeJS.Timeout;
  /** The webhooks with their event names parsed, read once and again after each registration. */
  private registered?: { row: WebhookRow; events: ReadonlySet<string> }[];

  constructor(
    private readonly outbox: WebhookOutbox,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly upcasters: UpcasterChain,
    private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {
    this.processed = outbox.checkpoint;
  }

  /** Starts following the log and sending (the server only; one-shot tools never send). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.subscribe();
    this.pump();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.restartTimer);
    for (const request of this.inFlight) request.destroy(new Error('the ledger is stopping'));
    await this.subscription?.stop().catch(() => undefined);
    this.subscription = undefined;
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters = [];
  }

  /** Resolves once the outbox has taken in the log up to `position` (or after `timeoutMs`). */
  waitFor(position: number, timeoutMs = 10_000): Promise<void> {
    if (this.processed >= position || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      this.waiters.push({
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private subscribe(): void {
    const subscription = this.store.subscribe(
      { after: this.outbox.checkpoint, batchSize: 200 },
      (events, context) => this.take(events, context.position),
    );
    this.subscription = subscription;
    subscription.done.catch((error: unknown) => {
      if (this.stopped) return;
      this.logger.error(`webhook subscription failed, restarting: ${String(error)}`);
      this.restartTimer = setTimeout(() => {
        if (!this.stopped) this.subscribe();
      }, 1000);
      this.restartTimer.unref();
    });
  }

  private take(events: readonly RecordedEvent[], position: number): void {
    const at = this.clock.now().toISOString();
    this.outbox.advance(position, () => {
      for (const raw of events) this.enqueue(this.upcasters.upcast(raw), at);
    });
    this.processed = position;
    const ready = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of ready) waiter.resolve();
    this.pump();
  }

  private enqueue(event: RecordedEvent, at: string): void {
    const data = event.data as Record<string, unknown>;
    if (typeof data.regionCode === 'string' && isValidRegionCode(data.regionCode)) {
      this.outbox.saveStreamRegion(event.stream, data.regionCode);
    }
    const region = this.outbox.streamRegion(event.stream) ?? this.inheritedRegion(event.stream);
    let body: string | undefined;
    this.registered ??= this.outbox
      .webhooks()
      .filter((row) => row.disabled_at === null)
      .map((row) => ({ row, events: new Set(JSON.parse(row.events) as string[]) }));
    for (const { row: webhook, events } of this.registered) {
      if (!this.wants(webhook, events, event.type, region)) continue;
      body ??= JSON.stringify({
        id: event.id,
        type: event.type,
        at: event.recordedAt,
        data: deliveredData(data),
      });
      this.outbox.enqueue({
        deliveryId: deliveryIdOf(webhook.webhook_id, event.id),
        webhookId: webhook.webhook_id,
        eventId: event.id,
        eventType: event.type,
        position: event.position,
        body,
        createdAt: at,
      });
    }
    // A webhook receives what comes after its registration, not the registration itself.
    if (event.type === 'WebhookRegistered') {
      const d = data as unknown as WebhookRegistered['data'];
      this.outbox.addWebhook({
        webhookId: d.webhookId,
        url: d.url,
        events: JSON.stringify(d.events),
        regionCode: d.regionCode,
        registeredAt: d.registeredAt,
        registeredBy: d.registeredBy,
      });
      this.registered = undefined;
    }
    if (event.type === 'WebhookDisabled') {
      const d = data as unknown as WebhookDisabled['data'];
      this.outbox.disableWebhook(d.webhookId, d.disabledAt);
      this.registered = undefined;
    }
  }

  /**
   * Streams whose events name no region belong to one that does: an activity's sign-up stream (sign-ups,
   * check-ins, with volunteers' ids and locations) to the activity, a volunteer's reminders to the
   * volunteer, a region's reminders to the region. Without this they would count as of no region and go
   * to every province's webhooks. Learned once per stream.
   */
  private inheritedRegion(stream: string): string | undefined {
    let region: string | undefined;
    if (stream.startsWith('signups-')) {
      region = this.outbox.streamRegion(activityStream(stream.slice('signups-'.length)));
    } else if (stream.startsWith('reminders-volunteer-')) {
      region = this.outbox.streamRegion(volunteerStream(stream.slice('reminders-volunteer-'.length)));
    } else {
      region = /^reminders-(?:admins|staff)-(\d{6})$/.exec(stream)?.[1];
    }
    if (region && isValidRegionCode(region)) this.outbox.saveStreamRegion(stream, region);
    return region;
  }

  /**
   * A webhook receives the events it named, of streams inside its region; events of streams of no
   * region (a rule set, an issuer) go to the webhooks of a province's administrators only.
   */
  private wants(
    webhook: WebhookRow,
    events: ReadonlySet<string>,
    type: string,
    region: string | undefined,
  ): boolean {
    if (!events.has('*') && !events.has(type)) return false;
    if (region === undefined) return regionLevel(webhook.region_code) === 'province';
    return inRegion(region, webhook.region_code);
  }

  /** Sends every webhook's head delivery that is due, and wakes again for the next one due. */
  private pump(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const now = Date.now();
    let nextDue = Infinity;
    for (const head of this.outbox.heads()) {
      if (this.busy.has(head.webhook_id)) continue;
      if (head.next_attempt_at > now) {
        nextDue = Math.min(nextDue, head.next_attempt_at);
        continue;
      }
      this.busy.add(head.webhook_id);
      void this.send(head).finally(() => {
        this.busy.delete(head.webhook_id);
        this.pump();
      });
    }
    if (nextDue !== Infinity) {
      this.timer = setTimeout(() => this.pump(), Math.max(10, nextDue - now));
      this.timer.unref();
    }
  }

  private async send(delivery: DeliveryRow): Promise<void> {
    const webhook = this.outbox.webhook(delivery.webhook_id);
    const secret = this.outbox.secretOf(delivery.webhook_id);
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    if (!webhook || secret === undefined) error = 'the webhook or its secret is missing';
    else {
      try {
        statusCode = await this.post(new URL(webhook.url), delivery, secret);
        if (statusCode < 200 || statusCode > 299) error = `answered ${statusCode}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    if (this.stopped && error) return; // Stopping cut it short: it is sent again at the next start.
    const attempts = delivery.attempts + 1;
    const delivered = error === null;
    this.outbox.recordAttempt(delivery, {
      status: delivered ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      nextAttemptAt: delivered ? 0 : Date.now() + retryDelayMs(attempts),
      statusCode,
      error,
      at: this.clock.now().toISOString(),
      durationMs: Date.now() - started,
    });
  }

  /** One POST; the connection goes only to a public address unless the host is allowed. */
  private post(url: URL, delivery: DeliveryRow, secret: string): Promise<number> {
    const allowed = this.config.webhookAllowHosts.includes(hostOf(url));
    const lookup = (
      hostname: string,
      options: object,
      callback: (
        error: NodeJS.ErrnoException | null,
        address: string | LookupAddress[],
        family?: number,
      ) => void,
    ) =>
      dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
        if (err) return callback(err, []);
        const usable = allowed ? addresses : addresses.filter((a) => isPublicAddress(a.address));
        if (!usable.length) {
          return callback(
            Object.assign(new Error(`${hostname} is not a public address`), { code: 'EADDRNOTPUBLIC' }),
            [],
          );
        }
        const wantsAll = (options as { all?: boolean }).all;
        if (wantsAll) return callback(null, usable);
        return callback(null, usable[0].address, usable[0].family);
      });
    const host = hostOf(url);
    if (!allowed && isIP(host) && !isPublicAddress(host)) {
      return Promise.reject(new Error(`${host} is not a public address`));
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<number>((resolve, reject) => {
      const request = send(
        url,
        {
          method: 'POST',
          lookup,
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(delivery.body),
            'user-agent': 'volunteer-ledger-webhooks/1',
            [SIGNATURE_HEADER]: signatureOf(secret, delivery.body),
            'X-Ledger-Delivery': delivery.delivery_id,
            'X-Ledger-Event': delivery.event_type,
          },
        },
        (response: IncomingMessage) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      this.inFlight.add(request);
      request.on('timeout', () =>
        request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)),
      );
      request.on('error', reject);
      request.on('close', () => this.inFlight.delete(request));
      request.end(delivery.body);
    });
  }
}
