import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Progress,
  Space,
  Spin,
  Steps,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../../../api/api-error';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { RegionInText } from '../../../../components/regions/region-name';
import { useApiAction } from '../../../../components/use-api-action';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDate } from '../../../../i18n/dates';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import type { RuleSetRef } from '../rule-sets/rule-set-types';
import type { StarCandidate, StarRound as RoundAnswer } from '../shared/api-types';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { formatDateTime, shanghaiToday } from '../shared/format';
import { CandidatesTable } from './candidates-table';
import { highestCertifiableStar } from './domain-rules';
import { finalizeProgress, finalizeUntilDone } from './finalize-run';
import { addDays, noticeCountdown } from './notice-countdown';
import { NoticeCountdownCard } from './notice-countdown-card';
import { RoundStatusTag } from './round-status';
import { starMessages } from './star-messages';

/** A round as the API answers it, with the name of its rule set. */
type StarRound = RoundAnswer & { readonly ruleSet?: RuleSetRef };

/** Where the round stands in the workflow's steps (open → draw → review → notice → finalize). */
const STEP_OF = { open: 1, drawn: 2, noticed: 3, finalizing: 4, finalized: 4 } as const;

/** How often the page reads the round while a finalize runs, to show the awards as they are written. */
const FINALIZE_POLL_MS = 1500;

/**
 * One star round through its workflow: draw the candidates, review and exclude, publish the notice,
 * and once it is over finalize — a long finalize shows the awards as they are written and is called
 * again until the round says it is done.
 */
export function StarRoundPage() {
  const { id = '' } = useParams();
  const t = useMessages(starMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const canAct = me.role === 'admin';
  const path = `/star-rounds/${encodeURIComponent(id)}`;

  const loaded = useApiQuery(() => api.get<StarRound>(path), [path]);
  // A command's answer is shown at once, until the reload it triggers comes back.
  const [live, setLive] = useState<{ round: StarRound; base: StarRound | undefined }>();
  const round = live && live.base === loaded.data ? live.round : loaded.data;
  const show = (answer: StarRound, reload = true) => {
    setLive({ round: answer, base: loaded.data });
    if (reload) loaded.reload();
  };

  const draw = useApiAction(() => api.post<StarRound & { candidates: StarCandidate[] }>(`${path}/draw`));
  const publish = useApiAction(() => api.post<StarRound>(`${path}/notice`));
  const [finalizing, setFinalizing] = useState(false);
  const [finalizeError, setFinalizeError] = useState<unknown>();
  const polling = useRef<ReturnType<typeof setInterval>>();
  useEffect(() => () => clearInterval(polling.current), []);

  if (!round) {
    return (
      <>
        <ProblemAlert error={loaded.error} />
        {!loaded.error && <Spin />}
      </>
    );
  }

  const onDraw = async () => {
    const answer = await draw.run();
    if (!answer) return;
    const { candidates, ...drawn } = answer;
    void message.success(t('drawn', { count: candidates.length }));
    show(drawn);
  };

  const onPublish = async () => {
    const answer = await publish.run();
    if (!answer) return;
    void message.success(t('published', { date: answer.noticeEndsOn ?? '' }));
    show(answer);
  };

  const onFinalize = async () => {
    setFinalizing(true);
    setFinalizeError(undefined);
    const base = loaded.data;
    polling.current = setInterval(() => {
      api.get<StarRound>(path).then(
        (r) =>
          setLive((previous) => (previous?.round.status === 'finalized' ? previous : { round: r, base })),
        () => undefined,
      );
    }, FINALIZE_POLL_MS);
    try {
      const done = await finalizeUntilDone(() => api.post<StarRound>(`${path}/finalize`), {
        onAnswer: (answer) => setLive({ round: answer, base }),
      });
      void message.success(t('finalized', { awarded: done.awarded }));
    } catch (error) {
      setFinalizeError(error);
    } finally {
      clearInterval(polling.current);
      setFinalizing(false);
      loaded.reload();
    }
  };

  const step = STEP_OF[round.status] ?? 0;
  const progress = finalizeProgress(round);
  const certifiable = highestCertifiableStar(me.regionCode);
  const finalizeFrom =
    round.noticeEndsOn &&
    (round.noticeWorkingDays === 0 ? round.noticeEndsOn : addDays(round.noticeEndsOn, 1));
  // During the notice the 认定 button waits, saying the day it opens (the API would refuse it).
  const noticeRunning =
    round.status === 'noticed' &&
    round.noticePublishedOn !== null &&
    round.noticeEndsOn !== null &&
    !noticeCountdown(
      {
        noticePublishedOn: round.noticePublishedOn,
        noticeEndsOn: round.noticeEndsOn,
        noticeWorkingDays: round.noticeWorkingDays,
      },
      shanghaiToday(),
    ).over;
  const finalizeLocked =
    noticeRunning && finalizeFrom
      ? t('finalizeLocked', {
          noticeEnds: formatDate(round.noticeEndsOn, language),
          finalizeFrom: formatDate(finalizeFrom, language),
        })
      : undefined;

  return (
    <ExactButtonTexts>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Link to="/admin/star-rounds">
          <ArrowLeftOutlined /> {t('back')}
        </Link>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            <RegionInText text={t('roundTitle', { cutoff: round.cutoff })} code={round.regionCode} />
          </Typography.Title>
          <RoundStatusTag status={round.status} testId="round-status" />
        </Space>

        <Card size="small">
          <Steps
            responsive
            current={step}
            status={
              round.status === 'finalized' ? 'finish' : round.status === 'finalizing' ? 'process' : undefined
            }
            items={[
              { title: t('stepOpen'), description: formatDateTime(round.openedAt, t.language) },
              {
                title: t('stepDraw'),
                description: round.drawnAt ? formatDateTime(round.drawnAt, t.language) : undefined,
              },
              { title: t('stepReview') },
              { title: t('stepNotice'), description: round.noticeEndsOn ?? undefined },
              {
                title: t('stepFinalize'),
                description: round.finalizedAt ? formatDateTime(round.finalizedAt, t.language) : undefined,
              },
            ]}
          />
        </Card>

        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('fieldRuleVersion')}>
              {/* The name is what people read; the exact version the round applies stays one hover away. */}
              <Tooltip title={round.ruleVersion}>
                <span data-testid="round-rule-set">{round.ruleSet?.name ?? round.ruleVersion}</span>
              </Tooltip>
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldWindow')}>
              {round.window === 'calendar-year' ? t('windowCalendarYear') : t('windowCumulative')}
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldNoticeDays')}>
              {t('noticeDays', { days: round.noticeWorkingDays })}
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldCandidates')}>
              <span data-testid="round-candidate-count">
                {round.candidateCount} / {round.excludedCount}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldDraw')}>{round.draw}</Descriptions.Item>
            <Descriptions.Item label={t('fieldOpenedAt')}>
              {formatDateTime(round.openedAt, t.language)}
            </Descriptions.Item>
            {round.noticePublishedOn && (
              <Descriptions.Item label={t('fieldNoticePublished')}>
                {round.noticePublishedOn}
              </Descriptions.Item>
            )}
            {round.noticeEndsOn && (
              <Descriptions.Item label={t('fieldNoticeEnds')}>
                <span data-testid="notice-ends-on">{round.noticeEndsOn}</span>
              </Descriptions.Item>
            )}
            {(round.status === 'finalizing' || round.status === 'finalized') && (
              <Descriptions.Item label={t('fieldOutcome')}>
                <span data-testid="round-awarded">
                  {t('outcomeCounts', {
                    awarded: round.awarded,
                    unchanged: round.unchanged,
                    skipped: round.skipped,
                  })}
                </span>
              </Descriptions.Item>
            )}
            {round.finalizedAt && (
              <Descriptions.Item label={t('fieldFinalizedAt')}>
                {formatDateTime(round.finalizedAt, t.language)}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>

        {round.noticeEndsOn &&
          round.noticePublishedOn &&
          (round.status === 'noticed' || round.status === 'finalizing') && (
            <NoticeCountdownCard
              notice={{
                noticePublishedOn: round.noticePublishedOn,
                noticeEndsOn: round.noticeEndsOn,
                noticeWorkingDays: round.noticeWorkingDays,
              }}
            />
          )}

        {!canAct && <Alert type="info" showIcon message={t('readOnly')} />}

        {canAct && (round.status === 'open' || round.status === 'drawn') && (
          <Card size="small" title={t('stepDraw')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">{t('drawHelp')}</Typography.Text>
              {draw.busy ? (
                <div data-testid="draw-progress">
                  <Spin tip={t('drawing')}>
                    <div style={{ minHeight: 64 }} />
                  </Spin>
                </div>
              ) : (
                <Space wrap>
                  <Button
                    type={round.status === 'open' ? 'primary' : 'default'}
                    onClick={() => void onDraw()}
                    disabled={publish.busy}
                  >
                    {round.status === 'open' ? t('draw') : t('redraw')}
                  </Button>
                </Space>
              )}
            </Space>
          </Card>
        )}

        {canAct && round.status === 'drawn' && (
          <Card size="small" title={t('stepNotice')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {t('publishHelp', { days: round.noticeWorkingDays })}
              </Typography.Text>
              <Button
                type="primary"
                loading={publish.busy}
                disabled={draw.busy}
                onClick={() => void onPublish()}
              >
                {t('publish')}
              </Button>
            </Space>
          </Card>
        )}

        {canAct && (round.status === 'noticed' || round.status === 'finalizing') && (
          <Card size="small" title={t('stepFinalize')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {round.status === 'finalizing' && !finalizing ? t('finalizeResume') : t('finalizeHelp')}
              </Typography.Text>
              {finalizing && (
                <div data-testid="finalize-progress">
                  <Typography.Text>
                    {t('finalizing', {
                      settled: progress.settled,
                      toSettle: progress.toSettle,
                      awarded: round.awarded,
                    })}
                  </Typography.Text>
                  <Progress percent={progress.percent} status="active" />
                </div>
              )}
              <Tooltip title={finalizeLocked}>
                <Button
                  type="primary"
                  loading={finalizing}
                  disabled={finalizeLocked !== undefined}
                  onClick={() => void onFinalize()}
                  data-testid="finalize-button"
                >
                  {t('finalize')}
                </Button>
              </Tooltip>
              {finalizeLocked && (
                <Typography.Text type="warning" data-testid="finalize-locked">
                  {finalizeLocked}
                </Typography.Text>
              )}
              {finalizeError !== undefined && (
                <Alert
                  data-testid="finalize-refusal"
                  type="error"
                  showIcon
                  message={t('finalizeFailed')}
                  description={
                    <Space direction="vertical" size={2}>
                      <span>
                        {isApiError(finalizeError)
                          ? describeProblem(finalizeError, language)
                          : t('stillFinalizing')}
                      </span>
                      {isApiError(finalizeError) &&
                        finalizeError.code === 'NOTICE_PERIOD_NOT_OVER' &&
                        finalizeFrom && (
                          <span>
                            {t('noticePeriodHint', { noticeEndsOn: round.noticeEndsOn ?? '', finalizeFrom })}
                          </span>
                        )}
                      {isApiError(finalizeError) && finalizeError.code === 'CERTIFYING_LEVEL_TOO_LOW' && (
                        <span>{t('certifyingHint', { max: certifiable })}</span>
                      )}
                    </Space>
                  }
                />
              )}
            </Space>
          </Card>
        )}

        {round.status === 'finalized' && (
          <Alert
            type="success"
            showIcon
            data-testid="round-finalized"
            message={t('finalized', { awarded: round.awarded })}
            description={t('outcomeCounts', {
              awarded: round.awarded,
              unchanged: round.unchanged,
              skipped: round.skipped,
            })}
          />
        )}

        {round.status !== 'open' && (
          <Card size="small" title={t('candidates')}>
            <CandidatesTable
              round={round}
              reloadKey={`${round.draw}:${round.status === 'finalized' ? 'final' : 'draft'}`}
              onChanged={(answer) => show(answer)}
            />
          </Card>
        )}
      </Space>
    </ExactButtonTexts>
  );
}
