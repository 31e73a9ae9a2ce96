import { Card, Descriptions, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { businessToday, formatDate } from '../shared/format';
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

function BenefitCard({ benefit, today }: { benefit: Benefit; today: string }) {
  const t = useMessages(benefitsMessages);
  const state = STATE[benefitState(benefit, today)];
  return (
    <Card
      size="small"
      data-testid="benefit-card"
      title={<span style={{ whiteSpace: 'normal' }}>{benefit.title}</span>}
      extra={<Tag color={state.color}>{t(state.label)}</Tag>}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('cost')}>{benefit.pointsCost}</Descriptions.Item>
        <Descriptions.Item label={t('minStar')}>
          {benefit.minStarLevel > 0 ? t('minStarValue', { level: benefit.minStarLevel }) : t('minStarNone')}
        </Descriptions.Item>
        <Descriptions.Item label={t('stock')}>
          <span>
            <span data-testid="benefit-stock-left">
              {t('stockValue', { left: benefit.stockLeft, stock: benefit.stock })}
            </span>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('stockDetail', { held: benefit.held, captured: benefit.captured })}
            </Typography.Text>
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('limit')}>
          {t('limitValue', { limit: benefit.perVolunteerLimit })}
        </Descriptions.Item>
        <Descriptions.Item label={t('validity')}>
          {t('validityValue', {
            from: formatDate(benefit.validFrom, t.language),
            to: formatDate(benefit.validTo, t.language),
          })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

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

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
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
      <List<Benefit>
        grid={{ gutter: 16, xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 3 }}
        rowKey="id"
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        locale={{ emptyText: t('empty') }}
        pagination={
          (list.data?.total ?? 0) > BENEFIT_PAGE_SIZE && {
            current: page,
            pageSize: BENEFIT_PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
          }
        }
        renderItem={(benefit) => (
          <List.Item>
            <BenefitCard benefit={benefit} today={today} />
          </List.Item>
        )}
      />
    </>
  );
}
