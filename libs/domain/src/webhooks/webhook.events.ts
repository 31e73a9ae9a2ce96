import type { DomainEvent } from '../decider';

/**
 * An administrator registered a webhook (`webhook-<webhookId>`): the events it receives are those
 * appended after this one. The secret is never in the log: it is kept in the data dir beside the
 * delivery outbox (webhooks.sqlite); the event holds only its fingerprint, to tell secrets apart.
 */
export type WebhookRegistered = DomainEvent<
  'WebhookRegistered',
  {
    webhookId: string;
    url: string;
    /** Event type names, or `["*"]` for every event. */
    events: string[];
    /** The registering administrator's region: the webhook receives the events of that region. */
    regionCode: string;
    /** The first 16 hex digits of SHA-256 of the secret. */
    secretFingerprint: string;
    registeredBy: string;
    registeredAt: string;
  }
>;

/** An administrator stopped a webhook: nothing more is delivered to it, what waited is not sent. */
export type WebhookDisabled = DomainEvent<
  'WebhookDisabled',
  {
    webhookId: string;
    reason: string;
    disabledBy: string;
    disabledAt: string;
  }
>;

export type WebhookEvent = WebhookRegistered | WebhookDisabled;

export const WEBHOOK_EVENT_TYPES: readonly WebhookEvent['type'][] = ['WebhookRegistered', 'WebhookDisabled'];

export const webhookStream = (webhookId: string): string => `webhook-${webhookId}`;
