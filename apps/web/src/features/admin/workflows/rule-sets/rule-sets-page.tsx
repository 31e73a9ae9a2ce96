import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDateTime } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { usePaging } from '../../organisation/shared/use-paging';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { NewRuleSetModal } from './new-rule-set-modal';
import { ruleSetMessages } from './rule-set-messages';
import { definesRuleSets, RULE_SETS_PATH, type RuleSetItem, thresholdsText } from './rule-set-types';
import { RegionName } from '../../../../components/regions/region-name';

/** The star rule sets a round of the region may apply; province administrators define new ones. */
export function RuleSetsPage() {
  const t = useMessages(ruleSetMessages);
  const me = useMe();
  const { message } = App.useApp();
  const canDefine = definesRuleSets(me);
  const paging = usePaging();
  const { page, pageSize } = paging;
  const [creating, setCreating] = useState(false);
  const ruleSets = useApiQuery(
    () => api.get<Page<RuleSetItem>>(RULE_SETS_PATH, { page, pageSize }),
    [page, pageSize],
  );

  const columns: TableColumnsType<RuleSetItem> = [
    {
      title: t('colName'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, r) => <span data-testid={`rule-set-name-${r.id}`}>{name}</span>,
    },
    {
      title: t('colThresholds'),
      dataIndex: 'thresholdsHours',
      key: 'thresholds',
      render: (hours: readonly number[]) => thresholdsText(hours),
    },
    {
      title: t('colWindow'),
      dataIndex: 'window',
      key: 'window',
      render: (w: RuleSetItem['window']) =>
        w === 'calendar-year' ? t('windowCalendarYear') : t('windowCumulative'),
    },
    {
      title: t('colNoticeDays'),
      dataIndex: 'noticeWorkingDays',
      key: 'notice',
      render: (days: number) => t('noticeDays', { days }),
    },
    {
      title: t('colScope'),
      key: 'scope',
      render: (_, r) =>
        r.regionCode === null ? (
          <Tag color="blue">{t('scopeNational')}</Tag>
        ) : (
          <Tag>
            <RegionName code={r.regionCode} />
          </Tag>
        ),
    },
    {
      title: t('colCreatedAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (at: string | null) => (at ? formatDateTime(at, t.language) : '—'),
    },
  ];

  return (
    <ExactButtonTexts>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {canDefine ? (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('newRuleSet')}
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="rule-sets-read-only">
          {t('readOnly')}
        </Typography.Paragraph>
      )}
      <ProblemAlert error={ruleSets.error} />
      <div data-testid="rule-sets-table">
        <Table<RuleSetItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={ruleSets.data?.items ?? []}
          loading={ruleSets.loading}
          scroll={{ x: 'max-content' }}
          pagination={paging.pagination(ruleSets.data?.total ?? 0, {
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('total', { total }),
          })}
        />
      </div>
      {canDefine && (
        <NewRuleSetModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            void message.success(t('created'));
            ruleSets.reload();
          }}
        />
      )}
    </ExactButtonTexts>
  );
}
