import { Button, List, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiAction } from '../../../components/use-api-action';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { volunteerApi } from '../volunteer-api';
import { HistoryEntry, type HistoryEntryItem } from './history-entry';
import { historyMessages } from './history-messages';

interface Older {
  readonly items: HistoryEntryItem[];
  readonly next?: string;
}

/** Every change, newest first; older lines are fetched a page at a time with the `next` cursor. */
export function HistoryPage() {
  const t = useMessages(historyMessages);
  const { volunteerId = '' } = useMe();
  const first = useApiQuery(() => volunteerApi.history(volunteerId), [volunteerId]);
  const [older, setOlder] = useState<Older | undefined>();
  const items: HistoryEntryItem[] = [...(first.data?.items ?? []), ...(older?.items ?? [])];
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
      <List<HistoryEntryItem>
        loading={!first.data && !first.error}
        dataSource={items}
        locale={{ emptyText: t('empty') }}
        rowKey={(item) => `${item.at}|${item.kind}|${item.source.type}|${item.source.id}|${item.delta}`}
        renderItem={(item) => (
          <List.Item data-testid="history-item">
            <HistoryEntry item={item} t={t} />
          </List.Item>
        )}
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
