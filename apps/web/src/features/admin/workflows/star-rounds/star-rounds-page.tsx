import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { RegionName } from '../../../../components/regions/region-name';
import { useApiQuery } from '../../../../components/use-api-query';
import { useMessages } from '../../../../i18n/messages';
import { usePaging } from '../../organisation/shared/use-paging';
import type { RuleSetRef } from '../rule-sets/rule-set-types';
import type { RoundStatus, StarRoundItem as ListedRound } from '../shared/api-types';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { formatDateTime } from '../shared/format';
import { NewRoundModal } from './new-round-modal';
import { ROUND_STATUSES, RoundStatusTag, statusKey } from './round-status';
import { starMessages } from './star-messages';

/** A round of the list, with the name of its rule set. */
type StarRoundItem = ListedRound & { readonly ruleSet?: RuleSetRef };

/** The star rounds of the region, newest first, and the form that opens a new one. */
export function StarRoundsPage() {
  const t = useMessages(starMessages);
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canAct = me.role === 'admin';
  const [status, setStatus] = useState<RoundStatus>();
  const paging = usePaging();
  const { page, pageSize, setPage } = paging;
  const [creating, setCreating] = useState(false);
  const rounds = useApiQuery(
    () => api.get<Page<StarRoundItem>>('/star-rounds', { status, page, pageSize }),
    [status, page, pageSize],
  );

  const columns: TableColumnsType<StarRoundItem> = [
    {
      title: t('colRegion'),
      dataIndex: 'regionCode',
      key: 'region',
      render: (code: string) => <RegionName code={code} />,
    },
    { title: t('colCutoff'), dataIndex: 'cutoff', key: 'cutoff' },
    {
      title: t('colRuleSet'),
      key: 'ruleSet',
      // The name the administrator chose it by; the id only from an API that does not name it.
      render: (_, r) => <span data-testid="round-rule-set">{r.ruleSet?.name ?? r.ruleSetId}</span>,
    },
    {
      title: t('colStatus'),
      dataIndex: 'status',
      key: 'status',
      render: (s: RoundStatus) => <RoundStatusTag status={s} />,
    },
    { title: t('colCandidates'), dataIndex: 'candidateCount', key: 'candidates', align: 'right' },
    { title: t('colExcluded'), dataIndex: 'excludedCount', key: 'excluded', align: 'right' },
    {
      title: t('colNoticeEndsOn'),
      dataIndex: 'noticeEndsOn',
      key: 'noticeEndsOn',
      render: (d?: string) => d ?? '—',
    },
    {
      title: t('colOpenedAt'),
      dataIndex: 'openedAt',
      key: 'openedAt',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at, t.language)}</span>,
    },
    {
      title: '',
      key: 'view',
      render: (_, r) => <Link to={`/admin/star-rounds/${encodeURIComponent(r.id)}`}>{t('view')}</Link>,
    },
  ];

  return (
    <ExactButtonTexts>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{canAct ? t('intro') : t('readOnly')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        {canAct && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('newRound')}
          </Button>
        )}
        <Select<RoundStatus | undefined>
          allowClear
          placeholder={t('statusAll')}
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPage(1);
          }}
          options={ROUND_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          style={{ minWidth: 160 }}
          aria-label={t('colStatus')}
        />
      </Space>
      <ProblemAlert error={rounds.error} />
      <div data-testid="star-rounds-table">
        <Table<StarRoundItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rounds.data?.items ?? []}
          loading={rounds.loading}
          scroll={{ x: 'max-content' }}
          onRow={(r) => ({
            onDoubleClick: () => navigate(`/admin/star-rounds/${encodeURIComponent(r.id)}`),
          })}
          pagination={paging.pagination(rounds.data?.total ?? 0, {
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('total', { total }),
          })}
        />
      </div>
      {canAct && (
        <NewRoundModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(round) => {
            setCreating(false);
            void message.success(t('created'));
            navigate(`/admin/star-rounds/${encodeURIComponent(round.id)}`);
          }}
        />
      )}
    </ExactButtonTexts>
  );
}
