import { Alert, Button, DatePicker, Input, List, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, newIdempotencyKey } from '../../../../api/client';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { toShanghaiDateTime } from '../../organisation/shared/business-time';
import type { Activity, VolunteerListItem } from '../../organisation/shared/types';
import { VolunteerSelect } from '../../organisation/shared/volunteer-select';
import { RefusalTag } from '../records/refusal-tag';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { formatMinutes } from '../shared/format';
import { type BulkResult, type EntryOutcome, outcomesOf } from './bulk-recording';
import { CONTENT_MAX_LENGTH, pickerValueOf, sessionProblem } from './record-times';
import { recordingMessages } from './recording-messages';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** The API records at most this many entries in one roster request (BULK_MAX_ENTRIES). */
export const ROSTER_MAX_ROWS = 500;

interface RosterRow {
  readonly volunteer: VolunteerListItem;
  readonly startedAt: Dayjs | null;
  readonly endedAt: Dayjs | null;
  readonly content: string;
  /** The answer of the last submission that carried this row. */
  readonly outcome?: EntryOutcome;
  /** Sent at least once under the roster's key: its place in the list is then fixed. */
  readonly sent: boolean;
}

/** Why a volunteer cannot join the roster: it is full (one bulk request's size) or they are on it already. */
export function cannotAdd(
  rows: readonly { readonly volunteer: { readonly id: string } }[],
  volunteerId: string,
): 'full' | 'duplicate' | null {
  if (rows.some((row) => row.volunteer.id === volunteerId)) return 'duplicate';
  if (rows.length >= ROSTER_MAX_ROWS) return 'full';
  return null;
}

type RowProblem = 'timesRequired' | 'endNotAfterStart' | 'tooLong' | 'contentRequired' | 'contentTooLong';

/** What the API would refuse in a row before anything is sent (the future and overlaps are the server's to judge). */
function rowProblem(row: RosterRow): RowProblem | null {
  if (!row.startedAt || !row.endedAt) return 'timesRequired';
  const times = sessionProblem(row.startedAt, row.endedAt);
  if (times === 'end-not-after-start') return 'endNotAfterStart';
  if (times === 'too-long') return 'tooLong';
  if (!row.content.trim()) return 'contentRequired';
  if (row.content.trim().length > CONTENT_MAX_LENGTH) return 'contentTooLong';
  return null;
}

/**
 * 批量记录（名册）: the volunteers of one activity, each with a start and an end (the activity's times
 * to begin with) and the content, recorded in one `POST /service-records/bulk`. Each row succeeds or
 * fails alone; the answer says per row what was refused and why. The roster keeps one
 * Idempotency-Key: resubmitting sends the same rows in the same places, so what was recorded is not
 * recorded twice and only the refused (possibly corrected) rows are tried again.
 */
export function RosterModal({
  activity,
  open,
  onClose,
  onRecorded,
}: {
  activity: Activity;
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const t = useMessages(recordingMessages);
  const { language } = useLanguage();
  const [rows, setRows] = useState<RosterRow[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [requestError, setRequestError] = useState<unknown>();
  const [unfit, setUnfit] = useState<readonly { name: string; problem: RowProblem }[]>([]);
  const [duplicate, setDuplicate] = useState<string>();
  const [answered, setAnswered] = useState(false);
  const [picks, setPicks] = useState(0);

  const recorded = rows.filter((row) => row.outcome?.status === 'recorded');
  const notRecorded = rows.filter((row) => row.outcome?.status !== 'recorded');
  const refused = rows.filter((row) => row.outcome?.status === 'refused');

  const update = (index: number, change: Partial<RosterRow>) =>
    setRows((previous) => previous.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const add = (volunteer: VolunteerListItem | undefined) => {
    if (!volunteer) return;
    const refusal = cannotAdd(rows, volunteer.id);
    if (refusal) {
      setDuplicate(
        refusal === 'full'
          ? t('rosterFull', { max: ROSTER_MAX_ROWS })
          : t('alreadyInRoster', { name: volunteer.name }),
      );
      return;
    }
    setDuplicate(undefined);
    setRows((previous) => [
      ...previous,
      {
        volunteer,
        startedAt: pickerValueOf(activity.startsAt),
        endedAt: pickerValueOf(activity.endsAt),
        content: activity.title,
        sent: false,
      },
    ]);
  };

  const reset = () => {
    setRows([]);
    setKey(newIdempotencyKey());
    setRequestError(undefined);
    setUnfit([]);
    setDuplicate(undefined);
    setAnswered(false);
  };

  const close = () => {
    // The activity's list is read again as the roster closes, with everything it recorded.
    if (recorded.length) onRecorded();
    reset();
    onClose();
  };

  const submit = async () => {
    if (!rows.length) return;
    const problems = rows.flatMap((row) => {
      const problem = rowProblem(row);
      return problem ? [{ name: row.volunteer.name, problem }] : [];
    });
    setUnfit(problems);
    if (problems.length) return;
    setRequestError(undefined);
    setBusy(true);
    try {
      const result = await api.post<BulkResult>(
        '/service-records/bulk',
        {
          activityId: activity.id,
          entries: rows.map((row) => ({
            volunteerId: row.volunteer.id,
            startedAt: toShanghaiDateTime(row.startedAt!),
            endedAt: toShanghaiDateTime(row.endedAt!),
            content: row.content.trim(),
          })),
        },
        { 'Idempotency-Key': key },
      );
      const outcomes = outcomesOf(result);
      setRows((previous) =>
        previous.map((row, index) => ({ ...row, sent: true, outcome: outcomes.get(index) ?? row.outcome })),
      );
      setAnswered(true);
      if (result.created > 0) onRecorded();
    } catch (error) {
      // Refused as a whole (or no answer): nothing was recorded, or a resubmission with the same key
      // finds what was; the rows stay as they are.
      setRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<RosterRow> = [
    {
      title: t('colVolunteer'),
      key: 'volunteer',
      render: (_, row) => (
        <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span>{row.volunteer.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.volunteer.volunteerNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('startedAt'),
      key: 'startedAt',
      render: (_, row, index) => (
        <DatePicker
          aria-label={t('startOf', { name: row.volunteer.name })}
          showTime={{ format: 'HH:mm' }}
          format={PICKER_FORMAT}
          needConfirm={false}
          allowClear={false}
          value={row.startedAt}
          disabled={busy || row.outcome?.status === 'recorded'}
          onChange={(value) => update(index, { startedAt: value })}
          style={{ width: 170 }}
        />
      ),
    },
    {
      title: t('endedAt'),
      key: 'endedAt',
      render: (_, row, index) => (
        <DatePicker
          aria-label={t('endOf', { name: row.volunteer.name })}
          showTime={{ format: 'HH:mm' }}
          format={PICKER_FORMAT}
          needConfirm={false}
          allowClear={false}
          value={row.endedAt}
          disabled={busy || row.outcome?.status === 'recorded'}
          onChange={(value) => update(index, { endedAt: value })}
          status={
            row.startedAt && row.endedAt && sessionProblem(row.startedAt, row.endedAt) ? 'error' : undefined
          }
          style={{ width: 170 }}
        />
      ),
    },
    {
      title: t('colContent'),
      key: 'content',
      render: (_, row, index) => (
        <Input
          aria-label={t('contentOf', { name: row.volunteer.name })}
          value={row.content}
          maxLength={CONTENT_MAX_LENGTH}
          disabled={busy || row.outcome?.status === 'recorded'}
          status={row.content.trim() ? undefined : 'error'}
          onChange={(event) => update(index, { content: event.target.value })}
          style={{ minWidth: 180 }}
        />
      ),
    },
    {
      title: t('colRowStatus'),
      key: 'outcome',
      render: (_, row) =>
        row.outcome?.status === 'recorded' ? (
          <Tag color="success" data-testid="roster-row-recorded">
            {t('rowRecorded')} · {formatMinutes(row.outcome.minutes, language)}
          </Tag>
        ) : row.outcome?.status === 'refused' ? (
          <Space direction="vertical" size={4}>
            <Tag color="error">{t('rowRefused')}</Tag>
            <RefusalTag error={row.outcome.error} maxWidth={220} />
          </Space>
        ) : (
          <Tag>{t('rowNew')}</Tag>
        ),
    },
    {
      title: t('colActions'),
      key: 'actions',
      render: (_, row, index) =>
        // A row sent under the roster's key keeps its place, so a resubmission matches it.
        row.sent ? null : (
          <Button
            size="small"
            disabled={busy}
            onClick={() => setRows((previous) => previous.filter((_, i) => i !== index))}
          >
            {t('remove')}
          </Button>
        ),
    },
  ];

  const allRecorded = rows.length > 0 && recorded.length === rows.length;
  return (
    <Modal
      open={open}
      title={t('rosterTitle', { activity: activity.title })}
      width={1100}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
      footer={
        <ExactButtonTexts>
          <Space>
            <Button onClick={close}>{allRecorded ? t('done') : t('closeRoster')}</Button>
            {!allRecorded && (
              <Button type="primary" loading={busy} disabled={!rows.length} onClick={() => void submit()}>
                {answered
                  ? t('retryRoster', { count: notRecorded.length })
                  : t('submitRoster', { count: rows.length })}
              </Button>
            )}
          </Space>
        </ExactButtonTexts>
      }
    >
      <ExactButtonTexts>
        <Typography.Paragraph type="secondary">{t('rosterIntro')}</Typography.Paragraph>
        {!allRecorded && (
          <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
            <label htmlFor="roster-add-volunteer">{t('addVolunteer')}</label>
            <div style={{ maxWidth: 360 }}>
              <VolunteerSelect
                id="roster-add-volunteer"
                testId="roster-add-volunteer"
                key={picks}
                onPick={(picked) => {
                  add(picked);
                  // A fresh, empty picker for the next volunteer.
                  setPicks((n) => n + 1);
                }}
              />
            </div>
            {duplicate && <Typography.Text type="warning">{duplicate}</Typography.Text>}
          </Space>
        )}

        {answered && (
          <Alert
            data-testid="roster-summary"
            type={refused.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            message={
              refused.length
                ? t('summaryPartly', { created: recorded.length, failed: refused.length })
                : t('summaryAllRecorded', { count: recorded.length })
            }
            description={
              refused.length > 0 && (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <List
                    size="small"
                    dataSource={refused}
                    rowKey={(row) => row.volunteer.id}
                    renderItem={(row) => (
                      <List.Item data-testid="roster-refusal">
                        <Space wrap size={[8, 4]}>
                          <Typography.Text>
                            {row.volunteer.name}（{row.volunteer.volunteerNo}）
                          </Typography.Text>
                          {row.outcome?.status === 'refused' && <RefusalTag error={row.outcome.error} />}
                        </Space>
                      </List.Item>
                    )}
                  />
                  <Typography.Text type="secondary">{t('summaryRetryHint')}</Typography.Text>
                </Space>
              )
            }
          />
        )}
        <ProblemAlert error={requestError} />
        {unfit.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="roster-unfit"
            message={t('rowIncomplete')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {unfit.map(({ name, problem }) => (
                  <li key={name}>
                    {name}：{t(problem, { max: CONTENT_MAX_LENGTH })}
                  </li>
                ))}
              </ul>
            }
          />
        )}

        <Table<RosterRow>
          data-testid="roster-table"
          rowKey={(row) => row.volunteer.id}
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('rosterEmpty') }}
        />
      </ExactButtonTexts>
    </Modal>
  );
}
