import { Card, DatePicker, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { describeProblem } from '../../../i18n/problem-messages';
import { ApiError } from '../../../api/api-error';
import { businessToday, formatTime } from '../shared/format';
import { RedemptionActions } from '../shared/redemption-actions';
import { RedemptionStatusTag } from '../shared/redemption-status-tag';
import { venueApi, type Redemption } from '../venue-api';
import { CsvExportForm } from './csv-export-form';
import { redemptionsMessages } from './redemptions-messages';

const VIA = {
  'partner-code': 'viaCode',
  volunteer: 'viaVolunteer',
  administrator: 'viaAdministrator',
} as const;

/** One day's redemptions at this venue (default today), acting on the held ones; and the CSV export. */
export function RedemptionsPage() {
  const t = useMessages(redemptionsMessages);
  const { partnerId = '' } = useMe();
  const today = businessToday();
  const [day, setDay] = useState(today);
  const list = useApiQuery(() => venueApi.redemptions(partnerId, day), [partnerId, day]);
  const benefits = useApiQuery(() => venueApi.allBenefits(partnerId), [partnerId]);
  const titles = new Map((benefits.data ?? []).map((benefit) => [benefit.id, benefit.title]));
  // The API lists oldest first; the counter wants the latest on top.
  const items = [...(list.data?.items ?? [])].reverse();
  const captured = items.filter((item) => item.status === 'captured');

  const columns: ColumnsType<Redemption> = [
    {
      title: t('time'),
      dataIndex: 'requestedAt',
      render: (at: string) => formatTime(at),
      width: 72,
    },
    {
      title: t('benefit'),
      dataIndex: 'benefitId',
      render: (id: string) => titles.get(id) ?? t('unknownBenefit'),
    },
    { title: t('points'), dataIndex: 'points', align: 'right', width: 72 },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (_, redemption) => (
        <Space direction="vertical" size={0}>
          <RedemptionStatusTag status={redemption.status} />
          {redemption.failure && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {describeProblem(new ApiError(422, redemption.failure.code, ''), t.language)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('via'), dataIndex: 'via', render: (via: Redemption['via']) => t(VIA[via] ?? 'viaCode') },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, redemption) => (
        <RedemptionActions
          redemption={redemption}
          benefitTitle={titles.get(redemption.benefitId)}
          onChanged={list.reload}
          size="small"
        />
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <span>{t('day')}</span>
          <DatePicker
            value={dayjs(day)}
            allowClear={false}
            disabledDate={(date) => date.format('YYYY-MM-DD') > today}
            onChange={(value) => value && setDay(value.format('YYYY-MM-DD'))}
            data-testid="redemptions-day"
          />
          {list.data && (
            <Typography.Text type="secondary" data-testid="redemptions-summary">
              {t('summary', {
                count: items.length,
                captured: captured.length,
                points: captured.reduce((sum, item) => sum + item.points, 0),
              })}
            </Typography.Text>
          )}
        </Space>
        <ProblemAlert error={list.error} />
        <Table<Redemption>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('empty') }}
        />
      </Card>
      <Card title={t('exportTitle')} style={{ marginTop: 16 }}>
        <CsvExportForm partnerId={partnerId} />
      </Card>
    </>
  );
}
