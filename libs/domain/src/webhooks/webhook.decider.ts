import type { Command, Decider } from '../decider';
import { unreachable } from '../decider';
import { AlreadyExists, NotFound, ValidationFailed } from '../errors';
import { LEDGER_EVENT_TYPES } from './event-catalogue';
import type { WebhookEvent } from './webhook.events';

export type RegisterWebhook = Command<
  'RegisterWebhook',
  {
    webhookId: string;
    /** Checked by the application (scheme, allowed hosts, public addresses after resolving). */
    url: string;
    events: readonly string[];
    regionCode: string;
    secretFingerprint: string;
  }
>;

export type DisableWebhook = Command<'DisableWebhook', { webhookId: string; reason: string }>;

export type WebhookCommand = RegisterWebhook | DisableWebhook;

export type WebhookState =
  { readonly status: 'none' } | { readonly status: 'registered' | 'disabled'; readonly regionCode: string };

export const MAX_WEBHOOK_EVENTS = 100;

/** Event names a webhook may receive: known types of docs/events.md, or `*` alone. */
export function webhookEventsProblems(events: readonly string[]): string[] {
  if (events.length === 0) return ['events must name at least one event type, or "*"'];
  if (events.length > MAX_WEBHOOK_EVENTS) return [`events may name at most ${MAX_WEBHOOK_EVENTS} types`];
  if (events.includes('*') && events.length > 1) return ['"*" stands alone'];
  const unknown = events.filter((name) => name !== '*' && !LEDGER_EVENT_TYPES.has(name));
  return unknown.length ? [`unknown event type(s): ${unknown.slice(0, 10).join(', ')}`] : [];
}

export const webhookDecider: Decider<WebhookState, WebhookCommand, WebhookEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'WebhookRegistered':
        return { status: 'registered', regionCode: event.data.regionCode };
      case 'WebhookDisabled':
        return state.status === 'none' ? state : { ...state, status: 'disabled' };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'RegisterWebhook': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('webhook', d.webhookId);
        const problems = webhookEventsProblems(d.events);
        if (problems.length)
          throw new ValidationFailed(problems.map((message) => ({ field: 'events', message })));
        return [
          {
            type: 'WebhookRegistered',
            data: {
              webhookId: d.webhookId,
              url: d.url,
              events: [...new Set(d.events)],
              regionCode: d.regionCode,
              secretFingerprint: d.secretFingerprint,
              registeredBy: actor.accountId,
              registeredAt: now,
            },
          },
        ];
      }
      case 'DisableWebhook': {
        if (state.status === 'none') throw new NotFound('webhook', command.data.webhookId);
        // Disabling twice records nothing more.
        if (state.status === 'disabled') return [];
        const reason = command.data.reason.trim();
        if (reason.length < 1 || [...reason].length > 500) {
          throw new ValidationFailed([{ field: 'reason', message: 'reason must have 1–500 characters' }]);
        }
        return [
          {
            type: 'WebhookDisabled',
            data: { webhookId: command.data.webhookId, reason, disabledBy: actor.accountId, disabledAt: now },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
