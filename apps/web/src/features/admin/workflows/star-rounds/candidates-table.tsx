import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../../api/api-error';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiAction } from '../../../../components/use-api-action';
import { useApiQuery } from '../../../../components/use-api-query';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import type { CandidatePage, StarCandidate, StarRound } from '../shared/api-types';
import { formatHours, formatMinutes } from '../shared/format';
import { useLookup, volunteerNames } from '../shared/lookups';
import { ReasonModal } from '../shared/reason-modal';
import { highestCertifiableStar } from './domain-rules';
import { starMessages } from './star-messages';

/**
 * Candidates on screen at once: each row looks up its volunteer's name, so pages stay small. The
 * API answers batches of 100 by cursor (its default; the console does not send `limit`), paged here.
 */
export const CANDIDATE_PAGE_SIZE = 20;

function VolunteerCell({ volunteerId }: { volunteerId: string }) {
  const volunteer = useLookup(volunteerNames, volunteerId);
  return (
    <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
      <span>{volunteer?.name ?? volunteerId}</span>
      {volunteer && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {volunteer.volunteerNo}
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * A round's candidates, a page at a time (the API pages by cursor: `limit`, `after` → `next`), with
 * confirmed hours, current → proposed star, exclusions and, after the finalize, each outcome.
 */
export function CandidatesTable({
  round,
  reloadKey,
  onChanged,
}: {
  readonly round: StarRound;
  /** Changes when the round changed elsewhere (a draw, a finalize), to read the candidates again. */
  readonly reloadKey: string;
  readonly onChanged: (round: StarRound) => void;
}) {
  const t = useMessages(starMessages);
  const { language } = useLanguage();
  const me = useMe();
  // The cursors of the batches seen so far: batch n starts after cursors[n].
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [pageIndex, setPageIndex] = useState(0);
  const [excluding, setExcluding] = useState<StarCandidate>();
  const [seenKey, setSeenKey] = useState(reloadKey);
  if (seenKey !== reloadKey) {
    // Another draw replaces the candidates: start from the first page again.
    setSeenKey(reloadKey);
    setCursors([undefined]);
    setPageIndex(0);
  }
  const after = cursors[pageIndex];
  const candidates = useApiQuery(
    () => api.get<CandidatePage>(`/star-rounds/${encodeURIComponent(round.id)}/candidates`, { after }),
    [round.id, after, reloadKey],
  );
  const exclude = useApiAction((volunteerId: string, reason: string) =>
    api.post<StarRound>(`/star-rounds/${encodeURIComponent(round.id)}/exclusions`, { volunteerId, reason }),
  );

  const canExclude = me.role === 'admin' && (round.status === 'drawn' || round.status === 'noticed');
  const certifiable = highestCertifiableStar(me.regionCode);
  const star = (n: number) => (n > 0 ? t('stars', { n }) : t('noStar'));

  const columns: TableColumnsType<StarCandidate> = [
    {
      title: t('colVolunteer'),
      key: 'volunteer',
      render: (_, c) => <VolunteerCell volunteerId={c.volunteerId} />,
    },
    {
      title: t('colHours'),
      dataIndex: 'confirmedMinutes',
      key: 'hours',
      render: (minutes: number) => (
        <Tooltip title={formatMinutes(minutes, language)}>
          <span style={{ whiteSpace: 'nowrap' }}>{formatHours(minutes)} h</span>
        </Tooltip>
      ),
    },
    {
      title: t('colStars'),
      key: 'stars',
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {star(c.currentStarLevel)} → <strong>{star(c.proposedStarLevel)}</strong>
        </span>
      ),
    },
    {
      title: t('colState'),
      key: 'state',
      render: (_, c) => {
        if (c.excludedReason) {
          return (
            <Space direction="vertical" size={0}>
              <Tag color="default">{t('excluded')}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.excludedReason}
              </Typography.Text>
            </Space>
          );
        }
        if (c.outcome) {
          return (
            <Space direction="vertical" size={0}>
              <Tag
                color={c.outcome === 'awarded' ? 'success' : c.outcome === 'skipped' ? 'warning' : 'default'}
              >
                {t(`outcome_${c.outcome}`)}
              </Tag>
              {c.outcomeCode && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {describeProblem(new ApiError(422, c.outcomeCode, c.outcomeCode), language)}
                </Typography.Text>
              )}
            </Space>
          );
        }
        return c.proposedStarLevel > certifiable ? <Tag color="orange">{t('needsHigherLevel')}</Tag> : null;
      },
    },
  ];
  if (canExclude) {
    columns.push({
      title: t('colActions'),
      key: 'actions',
      render: (_, c) =>
        c.excludedReason ? null : (
          <Button size="small" danger onClick={() => setExcluding(c)}>
            {t('exclude')}
          </Button>
        ),
    });
  }

  const next = candidates.data?.next;
  const excludingName = excluding
    ? (volunteerNames.peek(excluding.volunteerId)?.name ?? excluding.volunteerId)
    : '';
  return (
    <>
      <ProblemAlert error={candidates.error} />
      <div data-testid="candidates-table">
        <Table<StarCandidate>
          rowKey="volunteerId"
          size="middle"
          columns={columns}
          dataSource={candidates.data?.items ?? []}
          loading={candidates.loading}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: CANDIDATE_PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('candidatesEmpty') }}
        />
      </div>
      {(pageIndex > 0 || next) && (
        <Space style={{ marginTop: 12 }} wrap>
          <Button
            disabled={pageIndex === 0 || candidates.loading}
            onClick={() => setPageIndex(pageIndex - 1)}
          >
            {t('prevPage')}
          </Button>
          <Typography.Text>{t('pageOf', { page: pageIndex + 1 })}</Typography.Text>
          <Button
            disabled={!next || candidates.loading}
            onClick={() => {
              setCursors([...cursors.slice(0, pageIndex + 1), next]);
              setPageIndex(pageIndex + 1);
            }}
          >
            {t('nextPage')}
          </Button>
        </Space>
      )}
      <ReasonModal
        open={excluding !== undefined}
        title={t('excludeTitle')}
        okText={t('exclude')}
        danger
        description={
          excluding && (
            <Typography.Paragraph>
              {t('excludeDescription', { name: excludingName, star: excluding.proposedStarLevel })}
            </Typography.Paragraph>
          )
        }
        onCancel={() => setExcluding(undefined)}
        onSubmit={async (reason) => {
          if (!excluding) return true;
          const updated = await exclude.run(excluding.volunteerId, reason);
          if (!updated) return false;
          setExcluding(undefined);
          onChanged(updated);
          candidates.reload();
          return true;
        }}
      />
    </>
  );
}
