import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Col, Descriptions, Progress, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { api } from '../../../../api/client';
import { BarChart } from '../../../../components/charts/bar-chart';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDate } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { pilotLevelLabels, targetLabels, targetShortLabels } from '../shared/labels';
import { TWO_COLUMNS } from '../shared/layout';
import { RegionText } from '../shared/region-field';
import type { Pilot, PilotNeedsFigures } from '../shared/types';
import { dashboardMessages } from './dashboard-messages';
import { pilotView, type PilotView, type TargetRow } from './pilot-progress';
import type { PilotProgress } from './progress-answer';

const GREEN = '#52c41a';
const RED = '#ff4d4f';
const BLUE = '#1677ff';

const colorOf = (target: TargetRow) => (target.met ? GREEN : target.behindPlan ? RED : BLUE);

/** One pilot: its period, every target against the plan, a chart and what is behind — all as the server works them out. */
export function PilotCard({ pilot }: { pilot: Pilot }) {
  const t = useMessages(dashboardMessages);
  const level = useMessages(pilotLevelLabels);
  const { data: progress, error } = useApiQuery(
    () => api.get<PilotProgress>(`/pilots/${encodeURIComponent(pilot.id)}/progress`),
    [pilot.id],
  );
  const assessment = progress ? pilotView(progress) : undefined;

  return (
    <Card
      data-testid="pilot-card"
      title={
        <Typography.Text strong ellipsis={{ tooltip: pilot.name }}>
          {pilot.name}
        </Typography.Text>
      }
      extra={
        <Space size={4} wrap>
          <Tag color={pilot.level === 'city' ? 'geekblue' : 'cyan'}>{level(pilot.level)}</Tag>
          {assessment && <PhaseTag assessment={assessment} />}
        </Space>
      }
    >
      <Descriptions size="small" column={TWO_COLUMNS} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('region')}>
          <RegionText code={pilot.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('daysLeft')}>
          <span data-testid="days-left">{progress ? t('days', { days: progress.daysLeft }) : '…'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fundedOn')}>{formatDate(pilot.fundedOn, t.language)}</Descriptions.Item>
        <Descriptions.Item label={t('endsOn')}>{formatDate(pilot.endsOn, t.language)}</Descriptions.Item>
      </Descriptions>
      <ProblemAlert error={error} />
      {!progress && !error && <Skeleton active paragraph={{ rows: 4 }} title={false} />}
      {progress && assessment && (
        <PilotFigures name={pilot.name} progress={progress} assessment={assessment} />
      )}
    </Card>
  );
}

function PhaseTag({ assessment }: { assessment: PilotView }) {
  const t = useMessages(dashboardMessages);
  if (assessment.met) return <Tag color="success">{t('allMet')}</Tag>;
  if (assessment.phase === 'not-started') return <Tag>{t('notStarted')}</Tag>;
  if (assessment.phase === 'ended') return <Tag color="error">{t('ended')}</Tag>;
  return <Tag color="processing">{t('running')}</Tag>;
}

function PilotFigures({
  name,
  progress,
  assessment,
}: {
  name: string;
  progress: PilotProgress;
  assessment: PilotView;
}) {
  const t = useMessages(dashboardMessages);
  const target = useMessages(targetLabels);
  const short = useMessages(targetShortLabels);
  const sharePercent = Math.round(assessment.elapsedShare * 100);
  const note = (row: TargetRow) =>
    row.name === 'teams'
      ? t('teamsNote', { minMembers: row.minMembers ?? progress.targets.teams.minMembers ?? 0 })
      : row.name === 'stations'
        ? t('stationsNote')
        : row.name === 'activities'
          ? t('activitiesNote')
          : undefined;

  return (
    <>
      <Typography.Text type="secondary">
        {t('timeElapsed', { elapsed: assessment.daysElapsed, total: assessment.daysTotal })}
      </Typography.Text>
      <Progress percent={sharePercent} strokeColor="#8c8c8c" size="small" style={{ marginBottom: 12 }} />
      {assessment.targets.map((row) => (
        <div key={row.name} data-testid={`target-${row.name}`} style={{ marginBottom: 10 }}>
          <Row justify="space-between" gutter={8} wrap={false}>
            <Col flex="auto" style={{ minWidth: 0 }}>
              <Typography.Text strong>{target(row.name)}</Typography.Text>{' '}
              {row.met ? (
                <Tag color="success" icon={<CheckCircleFilled />} data-testid="target-met">
                  {t('met')}
                </Tag>
              ) : row.behindPlan ? (
                <Tag color="error" icon={<ExclamationCircleFilled />}>
                  {t('behindTag')}
                </Tag>
              ) : null}
            </Col>
            <Col flex="none">
              <Typography.Text data-testid="target-figures">
                {row.actual} / {row.required}
              </Typography.Text>
            </Col>
          </Row>
          <Progress
            percent={row.percent}
            strokeColor={colorOf(row)}
            status={row.met ? 'success' : row.behindPlan ? 'exception' : 'normal'}
            showInfo={false}
            size="small"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {note(row)}
            {note(row) && ' · '}
            {t('plannedByNow', { planned: row.plannedByToday })}
          </Typography.Text>
        </div>
      ))}
      <BarChart
        title={t('chartTitle', { name })}
        height={180}
        bars={assessment.targets.map((row) => ({
          label: short(row.name),
          value: row.required <= 0 ? 100 : Math.round((row.actual / row.required) * 100),
          caption: `${row.actual}/${row.required}`,
          color: colorOf(row),
        }))}
        reference={{ value: sharePercent, label: t('chartReference', { percent: sharePercent }) }}
      />
      <BehindList assessment={assessment} />
      {progress.needs && <NeedsBlock needs={progress.needs} />}
    </>
  );
}

function BehindList({ assessment }: { assessment: PilotView }) {
  const t = useMessages(dashboardMessages);
  const target = useMessages(targetLabels);
  return (
    <div data-testid="behind-list" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('behindTitle')}</Typography.Text>
      {assessment.behind.length === 0 ? (
        <div>
          <Typography.Text type="success">{t('nothingBehind')}</Typography.Text>
        </div>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {assessment.behind.map((row) => (
            <li key={row.name} data-testid={`behind-${row.name}`}>
              <Typography.Text type="danger">
                {assessment.phase === 'ended'
                  ? t('behindEnded', {
                      target: target(row.name),
                      actual: row.actual,
                      required: row.required,
                      missing: row.missing,
                    })
                  : t('behindRunning', {
                      target: target(row.name),
                      actual: row.actual,
                      planned: row.plannedByToday,
                      short: row.short,
                      missing: row.missing,
                    })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 群众需求 of the pilot region: received, fulfilled, overdue today (a warning when any) and the average rating. */
function NeedsBlock({ needs }: { needs: PilotNeedsFigures }) {
  const t = useMessages(dashboardMessages);
  return (
    <div data-testid="pilot-needs" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('needsTitle')}</Typography.Text>
      <Descriptions size="small" column={TWO_COLUMNS}>
        <Descriptions.Item label={t('needsReceived')}>
          <span data-testid="needs-received">{needs.received}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('needsFulfilled')}>
          <span data-testid="needs-fulfilled">{needs.fulfilled}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('needsOverdue')}>
          <Typography.Text
            data-testid="needs-overdue"
            type={needs.overdue > 0 ? 'warning' : undefined}
            strong={needs.overdue > 0}
          >
            {needs.overdue}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('needsRating')}>
          <span data-testid="needs-rating">
            {needs.averageRating === null
              ? t('needsNoRating')
              : t('needsRatingValue', { rating: needs.averageRating.toFixed(1) })}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
