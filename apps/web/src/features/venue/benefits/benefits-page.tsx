import { Card, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { businessToday } from '../shared/format';
import { BENEFIT_PAGE_SIZE, venueApi, type Benefit } from '../venue-api';
import { benefitState, type BenefitState } from './benefit-state';
import { benefitsMessages } from './benefits-messages';

type Filter = 'all' | 'active' | 'inactive';

const STATE: Record<BenefitState, { label: keyof (typeof benefitsMessages)['zh']; color: string }> = {
  active: { label: 'stateActive', color: 'green' },
  upcoming: { label: 'stateUpcoming', color: 'blue' },
  ended: { label: 'stateEnded', color: 'default' },
  soldOut: { label: 'stateSoldOut', color: 'orange' },
};

/** The venue's benefits with the stock left; read-only (administrators offer benefits). */
export function BenefitsPage() {
  const t = useMessages(benefitsMessages);
  const { partnerId = '' } = useMe();
  const today = businessToday();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<Filter>('all');
  const active = filter === 'all' ? undefined : filter === 'active';
  const list = useApiQuery(
    () => venueApi.benefits(partnerId, page, BENEFIT_PAGE_SIZE, active),
    [partnerId, page, filter],
  );

  const columns: ColumnsType<Benefit> = [
    { title: t('benefit'), dataIndex: 'title' },
    { title: t('cost'), dataIndex: 'pointsCost', align: 'right' },
    {
      title: t('minStar'),
      dataIndex: 'minStarLevel',
      render: (level: number) => (level > 0 ? t('minStarValue', { level }) : t('minStarNone')),
    },
    {
      title: t('stock'),
      key: 'stock',
      render: (_, benefit) => (
        <>
          <div data-testid="benefit-stock-left">
            {t('stockValue', { left: benefit.stockLeft, stock: benefit.stock })}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('stockDetail', { held: benefit.held, captured: benefit.captured })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('limit'),
      dataIndex: 'perVolunteerLimit',
      render: (limit: number) => t('limitValue', { limit }),
    },
    {
      title: t('validity'),
      key: 'validity',
      render: (_, benefit) => t('validityValue', { from: benefit.validFrom, to: benefit.validTo }),
    },
    {
      title: t('state'),
      key: 'state',
      render: (_, benefit) => {
        const state = STATE[benefitState(benefit, today)];
        return <Tag color={state.color}>{t(state.label)}</Tag>;
      },
    },
  ];

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Segmented<Filter>
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('filterAll') },
            { value: 'active', label: t('filterActive') },
            { value: 'inactive', label: t('filterInactive') },
          ]}
          style={{ marginBottom: 16 }}
        />
        <ProblemAlert error={list.error} />
        <Table<Benefit>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          scroll={{ x: true }}
          locale={{ emptyText: t('empty') }}
          pagination={{
            current: page,
            pageSize: BENEFIT_PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
        />
      </Card>
    </>
  );
}
