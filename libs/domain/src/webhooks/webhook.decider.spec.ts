import type { Actor } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import { LEDGER_EVENT_TYPES } from './event-catalogue';
import { type RegisterWebhook, webhookDecider } from './webhook.decider';
import type { WebhookRegistered } from './webhook.events';

const NOW = '2026-11-18T10:00:00.000+08:00';
const admin: Actor = { accountId: 'acc-admin', role: 'admin', regionCode: '410000' };
const spec = DeciderSpecification.for(webhookDecider);

const register = (events: string[]): RegisterWebhook => ({
  type: 'RegisterWebhook',
  data: {
    webhookId: 'whk-1',
    url: 'https://sms.example.org/hook',
    events,
    regionCode: '410000',
    secretFingerprint: '0123456789abcdef',
  },
  metadata: { commandId: 'cmd', now: NOW, actor: admin },
});
const registered = (events: string[]): WebhookRegistered => ({
  type: 'WebhookRegistered',
  data: {
    webhookId: 'whk-1',
    url: 'https://sms.example.org/hook',
    events,
    regionCode: '410000',
    secretFingerprint: '0123456789abcdef',
    registeredBy: 'acc-admin',
    registeredAt: NOW,
  },
});

describe('webhook', () => {
  it('registers for known event types (duplicates once) or for every event', () => {
    spec
      .given([])
      .when(register(['ServiceConfirmed', 'VolunteerExited', 'ServiceConfirmed']))
      .then([registered(['ServiceConfirmed', 'VolunteerExited'])]);
    spec
      .given([])
      .when(register(['*']))
      .then([registered(['*'])]);
  });

  it('refuses unknown names, none, and "*" with others', () => {
    spec
      .given([])
      .when(register(['ServiceConfirmd']))
      .thenThrows('VALIDATION_FAILED');
    spec.given([]).when(register([])).thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(register(['*', 'ServiceConfirmed']))
      .thenThrows('VALIDATION_FAILED');
  });

  it('registers once', () => {
    spec
      .given([registered(['*'])])
      .when(register(['*']))
      .thenThrows('CONFLICT');
  });

  it('the catalogue knows the ledger’s events, sign-ups, check-outs and exits included', () => {
    for (const type of [
      'AccountRegistered',
      'ServiceConfirmed',
      'VolunteerExited',
      'VolunteerSignedUp',
      'VolunteerCheckedOut',
      'CertificateIssued',
    ])
      expect(LEDGER_EVENT_TYPES.has(type)).toBe(true);
  });

  it('an administrator disables a webhook with a reason; again records nothing; an unknown one is not found', () => {
    const disable = (reason: string) => ({
      type: 'DisableWebhook' as const,
      data: { webhookId: 'whk-1', reason },
      metadata: { commandId: 'cmd', now: NOW, actor: admin },
    });
    const disabled = {
      type: 'WebhookDisabled' as const,
      data: { webhookId: 'whk-1', reason: '网关停用', disabledBy: 'acc-admin', disabledAt: NOW },
    };
    spec
      .given([registered(['*'])])
      .when(disable(' 网关停用 '))
      .then([disabled]);
    spec
      .given([registered(['*']), disabled])
      .when(disable('again'))
      .then([]);
    spec
      .given([registered(['*'])])
      .when(disable(' '))
      .thenThrows('VALIDATION_FAILED');
    spec.given([]).when(disable('x')).thenThrows('NOT_FOUND');
  });
});
