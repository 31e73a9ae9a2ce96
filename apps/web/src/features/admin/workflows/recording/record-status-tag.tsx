import { Tag } from 'antd';
import { useMessages } from '../../../../i18n/messages';
import type { RecordStatus } from '../shared/api-types';
import { recordingMessages } from './recording-messages';

const LABEL = {
  pending: 'statusPending',
  confirmed: 'statusConfirmed',
  rejected: 'statusRejected',
  voided: 'statusVoided',
} as const;

const COLOR: Record<RecordStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  rejected: 'error',
  voided: 'default',
};

/** 待确认 / 已确认 / 已驳回 / 已作废. */
export function RecordStatusTag({ status }: { status: RecordStatus }) {
  const t = useMessages(recordingMessages);
  return <Tag color={COLOR[status]}>{t(LABEL[status])}</Tag>;
}
