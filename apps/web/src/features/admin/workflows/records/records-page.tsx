import { ReloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Progress,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiQuery } from '../../../../components/use-api-query';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import { usePaging } from '../../organisation/shared/use-paging';
import type { RecordStatus, ServiceRecordItem } from '../shared/api-types';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { formatDateTime, formatSpan } from '../shared/format';
import { sessionColumns } from '../shared/session-columns';
import { canCorrect, canVoid, CorrectRecordModal, VoidRecordModal } from '../recording/record-actions';
import { ReasonModal } from '../shared/reason-modal';
import { sharedMessages } from '../shared/shared-messages';
import { AccountName } from '../shared/recorded-by';
import { type BulkProgress, DEFAULT_BULK_CONCURRENCY, runBulk, tallyBulk, type BulkTally } from './bulk-run';
import { type BulkAction, BulkSummary } from './bulk-summary';
import { recordsMessages } from './records-messages';
import { RefusalTag } from './refusal-tag';

type StatusFilter = RecordStatus | 'all';

const STATUS_LABEL = {
  pending: 'statusPending',
  confirmed: 'statusConfirmed',
  rejected: 'statusRejected',
  voided: 'statusVoided',
  all: 'statusAll',
} as const;

const STATUS_COLOR: Record<RecordStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  rejected: 'error',
  voided: 'default',
};

/** The activity's title, or its id when the reader's read model does not know it. */
export const activityOf = (r: ServiceRecordItem): string => r.activityTitle ?? r.activityId;

const confirmRecord = (id: string) => api.post(`/service-records/${encodeURIComponent(id)}/confirm`);
const rejectRecord = (id: string, reason: string) =>
  api.post(`/service-records/${encodeURIComponent(id)}/reject`, { reason });

/**
 * The confirmation queue: pending service records of the region, oldest first, confirmed or rejected
 * one at a time or as a selection. A refused record keeps its reason beside it until it is dealt with.
 */
export function RecordsPage() {
  const t = useMessages(recordsMessages);
  const shared = useMessages(sharedMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const canAct = me.role === 'admin';

  const [status, setStatus] = useState<StatusFilter>('pending');
  const paging = usePaging();
  const { page, pageSize, setPage } = paging;
  const records = useApiQuery(
    () =>
      api.get<Page<ServiceRecordItem>>('/service-records', {
        status: status === 'all' ? undefined : status,
        page,
        pageSize,
      }),
    [status, page, pageSize],
  );

  const [selected, setSelected] = useState<ReadonlyMap<string, ServiceRecordItem>>(new Map());
  const [refusals, setRefusals] = useState<ReadonlyMap<string, unknown>>(new Map());
  const [rowBusy, setRowBusy] = useState<string>();
  const [rejecting, setRejecting] = useState<ServiceRecordItem | 'selection'>();
  const [bulk, setBulk] = useState<{ action: BulkAction; progress: BulkProgress }>();
  const [summary, setSummary] = useState<{ action: BulkAction; tally: BulkTally<ServiceRecordItem> }>();
  const stopper = useRef<AbortController>();
  const [voiding, setVoiding] = useState<ServiceRecordItem>();
  const [correcting, setCorrecting] = useState<ServiceRecordItem>();

  // A last page emptied by confirmations steps back rather than showing nothing (React's
  // "adjust state while rendering": no effect, no extra commit).
  const lastPage = records.data ? Math.max(1, Math.ceil(records.data.total / pageSize)) : page;
  if (!records.loading && page > lastPage) setPage(lastPage);

  const showActions = canAct && status === 'pending';

  const settle = useCallback((done: readonly string[], refused: ReadonlyMap<string, unknown>) => {
    setRefusals((previous) => {
      const next = new Map(previous);
      done.forEach((id) => next.delete(id));
      refused.forEach((error, id) => next.set(id, error));
      return next;
    });
    setSelected((previous) => {
      const next = new Map(previous);
      done.forEach((id) => next.delete(id));
      return next;
    });
  }, []);

  const confirmOne = async (record: ServiceRecordItem) => {
    setRowBusy(record.id);
    try {
      await confirmRecord(record.id);
      settle([record.id], new Map());
      void message.success(t('confirmed'));
      records.reload();
    } catch (error) {
      settle([], new Map([[record.id, error]]));
      void message.error(describeProblem(error, language), 6);
    } finally {
      setRowBusy(undefined);
    }
  };

  const rejectOne = async (record: ServiceRecordItem, reason: string): Promise<boolean> => {
    try {
      await rejectRecord(record.id, reason);
      settle([record.id], new Map());
      void message.success(t('rejected'));
      records.reload();
      return true;
    } catch (error) {
      void message.error(describeProblem(error, language), 6);
      // Invalid input is the form's to fix; any other refusal belongs beside the record.
      if ((error as { code?: string }).code === 'VALIDATION_FAILED') return false;
      settle([], new Map([[record.id, error]]));
      return true;
    }
  };

  const runSelection = async (action: BulkAction, reason?: string) => {
    const chosen = [...selected.values()];
    if (!chosen.length) return;
    const controller = new AbortController();
    stopper.current = controller;
    setSummary(undefined);
    setBulk({ action, progress: { total: chosen.length, done: 0, succeeded: 0, refused: 0 } });
    const outcomes = await runBulk(
      chosen,
      (record) => (action === 'confirm' ? confirmRecord(record.id) : rejectRecord(record.id, reason!)),
      {
        concurrency: DEFAULT_BULK_CONCURRENCY,
        signal: controller.signal,
        onProgress: (progress) => setBulk({ action, progress }),
      },
    );
    const tally = tallyBulk(outcomes);
    settle(
      outcomes.filter((o) => o.status === 'done').map((o) => o.item.id),
      new Map(tally.refusals.map((r) => [r.item.id, r.error])),
    );
    // A new run starts from a fresh choice; the refused rows keep their reasons beside them.
    setSelected(new Map());
    setBulk(undefined);
    setSummary({ action, tally });
    records.reload();
  };

  const columns: TableColumnsType<ServiceRecordItem> = [
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
    {
      title: t('colActivity'),
      key: 'activity',
      render: (_, r) => (
        <Space direction="vertical" size={0} style={{ minWidth: 160, maxWidth: 280 }}>
          <span>{activityOf(r)}</span>
          {r.content && (
            <Typography.Text
              type="secondary"
              ellipsis={{ tooltip: r.content }}
              style={{ fontSize: 12, maxWidth: 280 }}
            >
              {r.content}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...sessionColumns({ time: t('colTime'), minutes: t('colMinutes') }, language),
    {
      title: t('colRecordedBy'),
      key: 'recordedBy',
      render: (_, r) => <AccountName accountId={r.recordedBy} />,
    },
    {
      title: t('colRecordedAt'),
      dataIndex: 'recordedAt',
      key: 'recordedAt',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at, t.language)}</span>,
    },
  ];
  if (status !== 'pending') {
    columns.push({
      title: t('colStatus'),
      dataIndex: 'status',
      key: 'status',
      render: (s: RecordStatus) => <Tag color={STATUS_COLOR[s]}>{t(STATUS_LABEL[s])}</Tag>,
    });
  }
  // Outside the queue, a confirmed or pending record can still be corrected or voided.
  const amends =
    status !== 'pending' && (records.data?.items ?? []).some((r) => canCorrect(me, r) || canVoid(me, r));
  if (amends) {
    columns.push({
      title: t('colActions'),
      key: 'amend',
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
  if (showActions) {
    columns.push({
      title: t('colActions'),
      key: 'actions',
      render: (_, r) => (
        <Space direction="vertical" size={4}>
          <Space size={4}>
            <Button
              size="small"
              type="primary"
              loading={rowBusy === r.id}
              disabled={!!bulk || (rowBusy !== undefined && rowBusy !== r.id)}
              onClick={() => void confirmOne(r)}
            >
              {t('confirm')}
            </Button>
            <Button
              size="small"
              danger
              disabled={!!bulk || rowBusy !== undefined}
              onClick={() => setRejecting(r)}
            >
              {t('reject')}
            </Button>
          </Space>
          {refusals.has(r.id) && <RefusalTag error={refusals.get(r.id)} maxWidth={200} />}
        </Space>
      ),
    });
  }

  const rejectTarget = rejecting;
  return (
    <ExactButtonTexts>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{canAct ? t('intro') : t('readOnly')}</Typography.Paragraph>

      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Segmented<StatusFilter>
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPage(1);
            setSelected(new Map());
          }}
          options={(['pending', 'confirmed', 'rejected', 'voided', 'all'] as const).map((s) => ({
            value: s,
            label: t(STATUS_LABEL[s]),
          }))}
          data-testid="records-status-filter"
        />
        <Button icon={<ReloadOutlined />} onClick={records.reload} aria-label={shared('reload')} />
      </Space>

      {showActions && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button
            type="primary"
            disabled={!selected.size || !!bulk}
            onClick={() => void runSelection('confirm')}
          >
            {t('bulkConfirm')}
          </Button>
          <Button danger disabled={!selected.size || !!bulk} onClick={() => setRejecting('selection')}>
            {t('bulkReject')}
          </Button>
          {selected.size > 0 && (
            <>
              <Typography.Text data-testid="records-selected">
                {t('selected', { count: selected.size })}
              </Typography.Text>
              <Button type="link" disabled={!!bulk} onClick={() => setSelected(new Map())}>
                {t('clearSelection')}
              </Button>
            </>
          )}
        </Space>
      )}

      {bulk && (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="bulk-progress">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>
              {t(bulk.action === 'confirm' ? 'runningConfirm' : 'runningReject', {
                done: bulk.progress.done,
                total: bulk.progress.total,
              })}
            </Typography.Text>
            <Progress
              percent={Math.round((bulk.progress.done / Math.max(1, bulk.progress.total)) * 100)}
              success={{
                percent: Math.round((bulk.progress.succeeded / Math.max(1, bulk.progress.total)) * 100),
              }}
              format={() => `${bulk.progress.done}/${bulk.progress.total}`}
              status="active"
            />
            <Button size="small" onClick={() => stopper.current?.abort()}>
              {t('stop')}
            </Button>
          </Space>
        </Card>
      )}

      {summary && (
        <BulkSummary action={summary.action} tally={summary.tally} onClose={() => setSummary(undefined)} />
      )}

      <ProblemAlert error={records.error} />

      <div data-testid="records-table">
        <Table<ServiceRecordItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={records.data?.items ?? []}
          loading={records.loading}
          scroll={{ x: 'max-content' }}
          rowSelection={
            showActions
              ? {
                  selectedRowKeys: [...selected.keys()],
                  preserveSelectedRowKeys: true,
                  getCheckboxProps: () => ({ disabled: !!bulk }),
                  onChange: (keys, rows) => {
                    // Rows chosen on other pages stay chosen: antd hands back their keys, we keep their rows.
                    setSelected((previous) => {
                      const known = new Map(previous);
                      rows.filter(Boolean).forEach((r) => known.set(r.id, r));
                      return new Map(
                        keys
                          .map(String)
                          .flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])),
                      );
                    });
                  },
                }
              : undefined
          }
          pagination={paging.pagination(records.data?.total ?? 0, {
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('total', { total }),
          })}
        />
      </div>

      {/* Mounted only while open: two reason forms on one page would share their fields' ids. */}
      {rejectTarget !== undefined && (
        <ReasonModal
          open={rejectTarget !== undefined}
          title={t(rejectTarget === 'selection' ? 'bulkRejectTitle' : 'rejectTitle')}
          okText={t('reject')}
          danger
          description={
            rejectTarget === undefined ? null : (
              <Typography.Paragraph>
                {rejectTarget === 'selection'
                  ? t('bulkRejectDescription', { count: selected.size })
                  : t('rejectOne', {
                      name: rejectTarget.volunteerName,
                      activity: activityOf(rejectTarget),
                      time: formatSpan(rejectTarget.startedAt, rejectTarget.endedAt, t.language),
                    })}
              </Typography.Paragraph>
            )
          }
          onCancel={() => setRejecting(undefined)}
          onSubmit={async (reason) => {
            if (rejectTarget === 'selection') {
              setRejecting(undefined);
              void runSelection('reject', reason);
              return true;
            }
            if (!rejectTarget) return true;
            const done = await rejectOne(rejectTarget, reason);
            if (done) setRejecting(undefined);
            return done;
          }}
        />
      )}
      {voiding && (
        <VoidRecordModal
          record={voiding}
          onClose={() => setVoiding(undefined)}
          onDone={() => {
            setVoiding(undefined);
            records.reload();
          }}
        />
      )}
      <CorrectRecordModal
        record={correcting}
        onClose={() => setCorrecting(undefined)}
        onDone={() => {
          setCorrecting(undefined);
          records.reload();
        }}
      />
    </ExactButtonTexts>
  );
}
