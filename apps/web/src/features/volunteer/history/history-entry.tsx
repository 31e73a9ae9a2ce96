import { Space, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../i18n/dates';
import type { Translate } from '../../../i18n/messages';
import type { HistoryItem } from '../volunteer-api';
import { balanceText, deltaText, KIND_TAG } from './history-line';
import type { historyMessages } from './history-messages';
import { describeReason } from './history-reason';

/** A history line as the API gives it: a line whose source is a service record names its service. */
export type HistoryEntryItem = HistoryItem & {
  readonly activity?: { readonly id: string; readonly title: string };
  /** The day the service began, Asia/Shanghai (`YYYY-MM-DD`). */
  readonly servedOn?: string;
};

/**
 * One change: its kind and amount, the activity and the day served (not the moment of the
 * confirmation) when a service caused it, otherwise the time of the change; the reason in words and
 * the balance after. A line that moved no amount, such as a hold being captured (the points left the
 * balance when they were held), shows no "0 积分".
 */
export function HistoryEntry({
  item,
  t,
}: {
  item: HistoryEntryItem;
  t: Translate<keyof (typeof historyMessages)['zh']>;
}) {
  const tag = KIND_TAG[item.kind];
  const when = item.servedOn
    ? t('servedOn', { date: formatDate(item.servedOn, t.language) })
    : formatDateTime(item.at, t.language);
  return (
    <div style={{ width: '100%' }}>
      <Space wrap size={[8, 4]} style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space size={8} wrap>
          <Tag color={tag.color}>{t(tag.label)}</Tag>
          {item.delta !== 0 && (
            <Typography.Text strong type={item.delta < 0 ? 'danger' : undefined} data-testid="history-delta">
              {deltaText(item, t)}
            </Typography.Text>
          )}
        </Space>
        <Typography.Text type="secondary" data-testid="history-when">
          {when}
        </Typography.Text>
      </Space>
      {item.activity?.title && (
        <div style={{ marginTop: 4, overflowWrap: 'anywhere' }}>
          <Typography.Text strong data-testid="history-activity">
            {item.activity.title}
          </Typography.Text>
        </div>
      )}
      <div style={{ marginTop: 4, overflowWrap: 'anywhere' }}>{describeReason(item, t.language)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {balanceText(item, t)}
      </Typography.Text>
    </div>
  );
}
