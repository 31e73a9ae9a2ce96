import type { DomainEvent } from '../decider';

/**
 * Read marks of one account's inbox (`inbox-<accountId>`): the inbox itself is a read model fed by
 * other events (notification-kinds.ts); only what the account did with it is a fact of its own.
 */
export type NotificationsRead = DomainEvent<
  'NotificationsRead',
  {
    accountId: string;
    /** The notifications marked read one by one (empty for "read all"). */
    notificationIds: string[];
    /** "Read all": every notification of the inbox up to this log position; null otherwise. */
    throughPosition: number | null;
    readBy: string;
    readAt: string;
  }
>;

export type InboxEvent = NotificationsRead;

export const INBOX_EVENT_TYPES: readonly InboxEvent['type'][] = ['NotificationsRead'];

export const inboxStream = (accountId: string): string => `inbox-${accountId}`;
