import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../../../components/problem-alert';
import { RegionName } from '../../../../components/regions/region-name';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDateTime } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { NEED_FIELDS, type NeedField, type NeedStatus } from '../../../needs/needs-api';
import { needStatusLabels } from '../../../needs/needs-messages';
import { projectFieldLabels } from '../../organisation/shared/labels';
import { NeedDrawer } from './need-drawer';
import { listNeeds, NEEDS_PAGE_SIZE, overdueFirst, type StaffNeed } from './needs-staff-api';
import { needsStaffMessages } from './needs-staff-messages';

const STATUSES: readonly NeedStatus[] = [
  'submitted',
  'accepted',
  'declined',
  'dispatched',
  'taken',
  'fulfilled',
  'rated',
  'closed',
];

/** 需求工单: the needs of the public in the caller's region, overdue first, filtered by status and field. */
export function NeedsInboxPage() {
  const t = useMessages(needsStaffMessages);
  const statusWord = useMessages(needStatusLabels);
  const fields = useMessages(projectFieldLabels);
  const [status, setStatus] = useState<NeedStatus>();
  const [field, setField] = useState<NeedField>();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string>();
  const needs = useApiQuery(() => listNeeds({ status, field, page }), [status, field, page]);
  const rows = overdueFirst(needs.data?.items ?? []);

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<NeedStatus | ''>
          aria-label={t('statusFilter')}
          style={{ minWidth: 140 }}
          value={status ?? ''}
          onChange={(next) => {
            setStatus(next || undefined);
            setPage(1);
          }}
          options={[
            { value: '', label: `${t('statusFilter')}：${t('all')}` },
            ...STATUSES.map((value) => ({ value, label: statusWord(value) })),
          ]}
        />
        <Select<NeedField | ''>
          aria-label={t('fieldFilter')}
          style={{ minWidth: 160 }}
          value={field ?? ''}
          onChange={(next) => {
            setField(next || undefined);
            setPage(1);
          }}
          options={[
            { value: '', label: `${t('fieldFilter')}：${t('all')}` },
            ...NEED_FIELDS.map((value) => ({ value, label: fields(value) })),
          ]}
        />
      </Space>
      <ProblemAlert error={needs.error} />
      <Table<StaffNeed>
        rowKey="id"
        size="middle"
        loading={needs.loading}
        dataSource={rows}
        pagination={{
          current: page,
          pageSize: NEEDS_PAGE_SIZE,
          total: needs.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('empty') }}
        onRow={(need) => ({ 'data-testid': `need-row-${need.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('needTitle'),
            key: 'title',
            render: (_, need) => (
              <Space size={4} wrap>
                {need.overdue && <Tag color="red">{t('overdue')}</Tag>}
                <span>{need.title}</span>
              </Space>
            ),
          },
          { title: t('field'), key: 'field', render: (_, need) => fields(need.field) },
          { title: t('region'), key: 'region', render: (_, need) => <RegionName code={need.regionCode} /> },
          { title: t('status'), key: 'status', render: (_, need) => <Tag>{statusWord(need.status)}</Tag> },
          {
            title: t('submittedAt'),
            key: 'submittedAt',
            render: (_, need) => formatDateTime(need.submittedAt, t.language),
          },
          {
            title: '',
            key: 'open',
            render: (_, need) => (
              <Button type="link" onClick={() => setOpenId(need.id)}>
                {t('open')}
              </Button>
            ),
          },
        ]}
      />
      <NeedDrawer needId={openId} onClose={() => setOpenId(undefined)} onChanged={needs.reload} />
    </Card>
  );
}
