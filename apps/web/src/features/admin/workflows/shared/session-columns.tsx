import type { TableColumnsType } from 'antd';
import type { Language } from '../../../../i18n/language';
import type { ServiceRecordItem } from './api-types';
import { formatMinutes, formatSpan } from './format';

/**
 * A record's session as every records table shows it: the Beijing times and the whole minutes
 * (the confirmation queue and an activity's records).
 */
export function sessionColumns(
  titles: { readonly time: string; readonly minutes: string },
  language: Language,
): TableColumnsType<ServiceRecordItem> {
  return [
    {
      title: titles.time,
      key: 'time',
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatSpan(r.startedAt, r.endedAt, language)}</span>
      ),
    },
    {
      title: titles.minutes,
      dataIndex: 'minutes',
      key: 'minutes',
      render: (minutes: number) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatMinutes(minutes, language)}</span>
      ),
    },
  ];
}
