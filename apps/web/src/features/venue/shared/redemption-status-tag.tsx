import { Tag } from 'antd';
import { useMessages } from '../../../i18n/messages';
import type { RedemptionStatus } from '../venue-api';
import { redemptionMessages } from './redemption-messages';

const STATUS: Record<RedemptionStatus, { label: keyof (typeof redemptionMessages)['zh']; color: string }> = {
  requested: { label: 'statusRequested', color: 'processing' },
  held: { label: 'statusHeld', color: 'gold' },
  failed: { label: 'statusFailed', color: 'red' },
  captured: { label: 'statusCaptured', color: 'green' },
  voided: { label: 'statusVoided', color: 'default' },
  expired: { label: 'statusExpired', color: 'default' },
};

export function RedemptionStatusTag({ status }: { status: RedemptionStatus }) {
  const t = useMessages(redemptionMessages);
  const shown = STATUS[status] ?? STATUS.requested;
  return <Tag color={shown.color}>{t(shown.label)}</Tag>;
}
