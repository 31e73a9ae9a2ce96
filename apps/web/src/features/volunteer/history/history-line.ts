import type { Translate } from '../../../i18n/messages';
import { formatDuration } from '../shared/duration';
import type { HistoryItem, HistoryKind } from '../volunteer-api';
import type { historyMessages } from './history-messages';

type HistoryKey = keyof (typeof historyMessages)['zh'];

export const KIND_TAG: Record<HistoryKind, { label: HistoryKey; color: string }> = {
  hours: { label: 'kindHours', color: 'blue' },
  points: { label: 'kindPoints', color: 'gold' },
  'time-bank': { label: 'kindTimeBank', color: 'green' },
  star: { label: 'kindStar', color: 'purple' },
};

const AFTER: Record<HistoryKind, HistoryKey> = {
  hours: 'afterHours',
  points: 'afterPoints',
  'time-bank': 'afterTimeBank',
  star: 'afterStar',
};

/** An amount in the unit of its kind: minutes for hours and the time bank, points, stars. */
function amount(kind: HistoryKind, value: number, t: Translate<HistoryKey>, signed: boolean): string {
  if (kind === 'hours' || kind === 'time-bank') return formatDuration(value, t.language, signed);
  const sign = value < 0 ? '−' : signed && value > 0 ? '+' : '';
  const magnitude = Math.abs(value);
  return sign + (kind === 'points' ? t('points', { points: magnitude }) : t('stars', { stars: magnitude }));
}

export const deltaText = (item: HistoryItem, t: Translate<HistoryKey>): string =>
  amount(item.kind, item.delta, t, true);

/** The balance after the change; points are named by the label already ("可用积分 100"). */
export const balanceText = (item: HistoryItem, t: Translate<HistoryKey>): string =>
  t(AFTER[item.kind], {
    value: item.kind === 'points' ? item.balanceAfter : amount(item.kind, item.balanceAfter, t, false),
  });
