import { Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiAction } from '../../../components/use-api-action';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { formatDateTime } from '../../venue/shared/format';
import { volunteerApi, type HistoryItem } from '../volunteer-api';
import { balanceText, deltaText, KIND_TAG } from './history-line';
import { historyMessages } from './history-messages';
import { describeReason } from './history-reason';

interface Older {
  readonly items: HistoryItem[];
  readonly next?: string;
}

/** Every change, newest first; older lines are fetched a page at a time with the `next` cursor. */
export function HistoryPage() {
  const t = useMessages(historyMessages);
  const { volunteerId = '' } = useMe();
  const first = useApiQuery(() => volunteerApi.history(volunteerId), [volunteerId]);
  const [older, setOlder] = useState<Older | undefined>();
  const items = [...(first.data?.items ?? []), ...(older?.items ?? [])];
  const next = older ? older.next : first.data?.next;

  const more = useApiAction(async (cursor: string) => {
    const page = await volunteerApi.history(volunteerId, cursor);
    setOlder((previous) => ({ items: [...(previous?.items ?? []), ...page.items], next: page.next }));
  });

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert error={first.error} />
      <List<HistoryItem>
        loading={!first.data && !first.error}
        dataSource={items}
        locale={{ emptyText: t('empty') }}
        rowKey={(item) => `${item.at}|${item.kind}|${item.source.type}|${item.source.id}|${item.delta}`}
        renderItem={(item) => {
          const tag = KIND_TAG[item.kind];
          return (
            <List.Item data-testid="history-item">
              <div style={{ width: '100%' }}>
                <Space wrap size={[8, 4]} style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Space size={8} wrap>
                    <Tag color={tag.color}>{t(tag.label)}</Tag>
                    <Typography.Text strong type={item.delta < 0 ? 'danger' : undefined}>
                      {deltaText(item, t)}
                    </Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">{formatDateTime(item.at, t.language)}</Typography.Text>
                </Space>
                <div style={{ marginTop: 4, overflowWrap: 'anywhere' }}>
                  {describeReason(item, t.language)}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {balanceText(item, t)}
                </Typography.Text>
              </div>
            </List.Item>
          );
        }}
      />
      {first.data && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          {next ? (
            <Button onClick={() => void more.run(next)} loading={more.busy}>
              {t('loadMore')}
            </Button>
          ) : (
            items.length > 0 && <Typography.Text type="secondary">{t('end')}</Typography.Text>
          )}
        </div>
      )}
    </>
  );
}
