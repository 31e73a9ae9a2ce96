import { defineMessages } from '../../i18n/messages';

export const notificationsMessages = defineMessages({
  zh: {
    title: '消息',
    bell: '消息（{count} 条未读）',
    all: '全部',
    unreadOnly: '未读',
    readAll: '全部标为已读',
    markRead: '标为已读',
    unread: '未读',
    none: '没有消息。',
    noneUnread: '没有未读消息。',
  },
  en: {
    title: 'Messages',
    bell: 'Messages ({count} unread)',
    all: 'All',
    unreadOnly: 'Unread',
    readAll: 'Mark all read',
    markRead: 'Mark read',
    unread: 'Unread',
    none: 'No messages.',
    noneUnread: 'No unread messages.',
  },
});
