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

/**
 * A round's status in the reader's language only (公示中, not 公示中 noticed); the API's name rides along
 * in `data-status` for tools and tests, and in the tooltip for whoever reads the API beside the console.
 */
export function RoundStatusTag({ status, testId }: { status: RoundStatus; testId?: string }) {
  const t = useMessages(starMessages);
  return (
    <Tag color={COLOR[status] ?? 'default'} data-testid={testId} data-status={status} title={status}>
      {t(statusKey(status))}
    </Tag>
  );
}
