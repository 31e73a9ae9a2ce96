import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMessages } from '../../i18n/messages';
import { INBOX_CHANGED, NOTIFICATIONS_PATH, notificationsApi } from './notifications-api';
import { notificationsMessages } from './notifications-messages';

/** How often the header asks for the unread count while a page is open. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The header's bell: the unread count of the account's inbox, linking to the area's 消息 page. The
 * count is asked on opening, every minute, and when a page says the inbox changed; a failed call
 * leaves the last count (the bell never shows an error).
 */
export function NotificationBell({ basePath }: { basePath: string }) {
  const t = useMessages(notificationsMessages);
  const [count, setCount] = useState(0);

  useEffect(() => {
    let current = true;
    const load = () =>
      notificationsApi.unreadCount().then(
        (unread) => current && typeof unread === 'number' && setCount(unread),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), UNREAD_POLL_MS);
    window.addEventListener(INBOX_CHANGED, load);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener(INBOX_CHANGED, load);
    };
  }, []);

  return (
    <Link
      to={`${basePath}/${NOTIFICATIONS_PATH}`}
      aria-label={t('bell', { count })}
      data-testid="notification-bell"
    >
      <Badge count={count} size="small" overflowCount={99}>
        <Button icon={<BellOutlined />} tabIndex={-1} />
      </Badge>
    </Link>
  );
}
