import { created } from '../../organisation/organisation-helpers';
import { ADMINS, type Endpoint } from '../endpoint';

/** A URL the matrix app allows (LEDGER_WEBHOOK_ALLOW_HOSTS=127.0.0.1); nothing answers there. */
const body = (events: string[] = ['ServiceConfirmed']) => ({
  url: 'http://127.0.0.1:9/ledger-hook',
  events,
  secret: 'a-webhook-secret-of-32-characters',
});

/** The access rows of webhooks: administrators, for their region. */
export const WEBHOOKS_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/webhooks',
    allowed: [...ADMINS, 'admin@410300'],
    ok: 201,
    rule: 'API.md: administrators register webhooks (each receives the events of its administrator’s region)',
    request: () => ({ path: '/webhooks', body: body() }),
  },
  {
    method: 'GET',
    route: '/webhooks',
    allowed: [...ADMINS, 'admin@410300'],
    ok: 200,
    rule: 'administrators list the webhooks of their region',
    request: () => ({ path: '/webhooks' }),
  },
  {
    method: 'GET',
    route: '/webhooks/{id}/deliveries',
    allowed: ADMINS,
    ok: 200,
    rule: 'administrators of the webhook’s region read its delivery log',
    request: async (f) => {
      const webhook = created(await f.clients['admin@410122'].post('/api/v1/webhooks', body(['*'])));
      return { path: `/webhooks/${webhook.id}/deliveries` };
    },
  },
  {
    method: 'POST',
    route: '/webhooks/{id}/disable',
    allowed: ADMINS,
    ok: 200,
    rule: 'administrators of the webhook’s region stop it',
    request: async (f) => {
      const webhook = created(await f.clients['admin@410122'].post('/api/v1/webhooks', body()));
      return { path: `/webhooks/${webhook.id}/disable`, body: { reason: '网关停用' } };
    },
  },
];
