import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiQuery } from '../../../../components/use-api-query';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { usePaging } from '../../organisation/shared/use-paging';
import type { RecordStatus, ServiceRecordItem } from '../shared/api-types';
import { sessionColumns } from '../shared/session-columns';
import { canCorrect, canVoid, CorrectRecordModal, VoidRecordModal } from './record-actions';
import { RecordStatusTag } from './record-status-tag';
import { recordingMessages } from './recording-messages';

/**
 * An activity's service records, every status, the newest first: who, when, how long, and what
 * can still be done with each (更正 for organisers and administrators, 作废 for administrators).
 * `version` changes when the caller recorded something, so the list reloads.
 */
export function ActivityRecords({ activityId, version = 0 }: { activityId: string; version?: number }) {
  const t = useMessages(recordingMessages);
  const { language } = useLanguage();
  const me = useMe();
  const paging = usePaging(10);
  const { page, pageSize } = paging;
  const [changes, setChanges] = useState(0);
  const records = useApiQuery(
    () => api.get<Page<ServiceRecordItem>>('/service-records', { activityId, page, pageSize }),
    [activityId, page, pageSize, version, changes],
  );
  const [voiding, setVoiding] = useState<ServiceRecordItem>();
  const [correcting, setCorrecting] = useState<ServiceRecordItem>();
  const changed = () => setChanges((n) => n + 1);

  const columns: TableColumnsType<ServiceRecordItem> = [
    {
      title: t('colStatus'),
      dataIndex: 'status',
      key: 'status',
      render: (status: RecordStatus) => <RecordStatusTag status={status} />,
    },
    {
      title: t('colVolunteer'),
      key: 'volunteer',
      render: (_, r) => (
        <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span>{r.volunteerName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.volunteerNo}
          </Typography.Text>
        </Space>
      ),
    },
    ...sessionColumns({ time: t('colTime'), minutes: t('colMinutes') }, language),
    {
      title: t('colContent'),
      dataIndex: 'content',
      key: 'content',
      render: (content: string | undefined) =>
        content ? (
          <Typography.Text ellipsis={{ tooltip: content }} style={{ maxWidth: 200 }}>
            {content}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  if (me.role === 'admin' || me.role === 'organiser') {
    columns.push({
      title: t('colActions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={4}>
          {canCorrect(me, r) && (
            <Button size="small" onClick={() => setCorrecting(r)}>
              {t('correct')}
            </Button>
          )}
          {canVoid(me, r) && (
            <Button size="small" danger onClick={() => setVoiding(r)}>
              {t('void')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <ProblemAlert error={records.error} />
      <Table<ServiceRecordItem>
        data-testid="activity-records"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={records.data?.items ?? []}
        loading={records.loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('noRecords') }}
        pagination={paging.pagination(records.data?.total ?? 0, {
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => t('total', { total }),
        })}
      />
      <VoidRecordModal
        record={voiding}
        onClose={() => setVoiding(undefined)}
        onDone={() => {
          setVoiding(undefined);
          changed();
        }}
      />
      <CorrectRecordModal
        record={correcting}
        onClose={() => setCorrecting(undefined)}
        onDone={() => {
          setCorrecting(undefined);
          changed();
        }}
      />
    </>
  );
}
