import { Tag } from 'antd';
import { useMessages } from '../../../../i18n/messages';
import type { RoundStatus } from '../shared/api-types';
import { starMessages } from './star-messages';

export const ROUND_STATUSES: readonly RoundStatus[] = ['open', 'drawn', 'noticed', 'finalizing', 'finalized'];

const COLOR: Record<RoundStatus, string> = {
  open: 'default',
  drawn: 'blue',
  noticed: 'gold',
  finalizing: 'processing',
  finalized: 'success',
};

export const statusKey = (status: RoundStatus) => `status_${status}` as const;

/** A round's status in words; the API's name rides along in `data-status` for tools and tests. */
export function RoundStatusTag({ status, testId }: { status: RoundStatus; testId?: string }) {
  const t = useMessages(starMessages);
  return (
    <Tag color={COLOR[status] ?? 'default'} data-testid={testId} data-status={status}>
      {t(statusKey(status))}
      {testId ? <span style={{ opacity: 0.55, marginInlineStart: 6 }}>{status}</span> : null}
    </Tag>
  );
}
