import { api } from '../../api/client';

/** The account's inbox (消息): GET /notifications, newest first, with the unread count. */
export interface Notification {
  readonly id: string;
  readonly at: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly link?: string;
  readonly read: boolean;
}

export interface NotificationPage {
  readonly items: Notification[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** Unread notifications in the whole inbox (the header's badge). */
  readonly unread: number;
}

export const NOTIFICATION_PAGE_SIZE = 20;

export const notificationsApi = {
  list: (page: number, unreadOnly: boolean) =>
    api.get<NotificationPage>('/notifications', {
      page,
      pageSize: NOTIFICATION_PAGE_SIZE,
      unread: unreadOnly ? 'true' : undefined,
    }),
  /** The badge's count: one unread item is enough to carry it. */
  unreadCount: async () =>
    (await api.get<NotificationPage>('/notifications', { unread: 'true', pageSize: 1 })).unread,
  markRead: (id: string) => api.post<Notification>(`/notifications/${encodeURIComponent(id)}/read`),
  readAll: () => api.post<{ unread: number }>('/notifications/read-all'),
};

/** The console's pages that show an inbox: the same path in every area (/volunteer/notifications, …). */
export const NOTIFICATIONS_PATH = 'notifications';

/** Tells the header's badge that the inbox changed (a notification read on the page). */
export const INBOX_CHANGED = 'ledger:inbox-changed';
export const announceInboxChanged = (): void => {
  window.dispatchEvent(new Event(INBOX_CHANGED));
};
