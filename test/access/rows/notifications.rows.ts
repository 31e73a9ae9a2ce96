import { type Endpoint, EVERY_ACCOUNT } from '../endpoint';

/** The access rows of the inbox: every account reads and marks its own, and only its own. */
export const NOTIFICATIONS_ROWS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/notifications',
    allowed: EVERY_ACCOUNT,
    ok: 200,
    rule: 'PRODUCT: each account has an inbox — every role reads its own',
    request: () => ({ path: '/notifications?unread=true' }),
  },
  {
    method: 'POST',
    route: '/notifications/read-all',
    allowed: EVERY_ACCOUNT,
    ok: 200,
    rule: 'PRODUCT: each account marks its own inbox read',
    request: () => ({ path: '/notifications/read-all' }),
  },
  {
    method: 'POST',
    route: '/notifications/{id}/read',
    allowed: EVERY_ACCOUNT,
    // Access passes for every account; a notification not in the caller's inbox is 404, so no one
    // marks another's (test/notifications covers the 200).
    ok: 404,
    rule: 'PRODUCT: each account marks its own notifications read; another’s is not found',
    request: () => ({ path: '/notifications/ntf-000000000000000000000000/read' }),
  },
];
