import { Alert, Badge, Button, Empty, List, Pagination, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApiAction } from '../../components/use-api-action';
import { useApiQuery } from '../../components/use-api-query';
import { formatDateTime } from '../../i18n/dates';
import { describeProblem } from '../../i18n/problem-messages';
import { useMessages } from '../../i18n/messages';
import { announceInboxChanged, NOTIFICATION_PAGE_SIZE, notificationsApi } from './notifications-api';
import { notificationsMessages } from './notifications-messages';

/** 消息: the account's inbox, newest first; one notification or all of them marked read. */
export function NotificationsPage() {
  const t = useMessages(notificationsMessages);
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useApiQuery(() => notificationsApi.list(page, unreadOnly), [page, unreadOnly]);
  const changed = () => {
    query.reload();
    announceInboxChanged();
  };
  const markRead = useApiAction(async (id: string) => {
    await notificationsApi.markRead(id);
    changed();
  });
  const readAll = useApiAction(async () => {
    await notificationsApi.readAll();
    changed();
  });

  const data = query.data;
  return (
    <div style={{ maxWidth: 720 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Space wrap>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('all') },
              { value: 'unread', label: t('unreadOnly') },
            ]}
            onChange={(value) => {
              setUnreadOnly(value === 'unread');
              setPage(1);
            }}
          />
          <Button
            onClick={() => void readAll.run()}
            loading={readAll.busy}
            disabled={!data || data.unread === 0}
            autoInsertSpace={false}
          >
            {t('readAll')}
          </Button>
        </Space>
      </Space>
      {query.error !== undefined && (
        <Alert type="error" showIcon message={describeProblem(query.error, t.language)} />
      )}
      <List
        data-testid="notifications"
        loading={query.loading && !data}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={unreadOnly ? t('noneUnread') : t('none')} /> }}
        renderItem={(item) => (
          <List.Item
            data-testid={`notification-${item.id}`}
            data-read={item.read ? 'true' : 'false'}
            actions={
              item.read
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      onClick={() => void markRead.run(item.id)}
                      autoInsertSpace={false}
                    >
                      {t('markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space size={6}>
                  {!item.read && <Badge status="processing" aria-label={t('unread')} />}
                  <span style={{ fontWeight: item.read ? 400 : 600 }}>{item.title}</span>
                </Space>
              }
              description={
                <>
                  <div style={{ color: 'rgba(0,0,0,0.75)' }}>{item.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.at, t.language)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {data && data.total > NOTIFICATION_PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 12 }}
          current={page}
          pageSize={NOTIFICATION_PAGE_SIZE}
          total={data.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </div>
  );
}
