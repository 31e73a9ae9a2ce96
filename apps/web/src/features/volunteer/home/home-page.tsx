import { Card, Col, Descriptions, Progress, Rate, Row, Skeleton, Statistic, Typography } from 'antd';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { businessToday } from '../../venue/shared/format';
import { formatDuration } from '../shared/duration';
import { volunteerApi, type VolunteerSummary } from '../volunteer-api';
import { homeMessages } from './home-messages';
import { MonthlyHoursChart } from './monthly-hours-chart';
import { starProgress } from './next-star';
import { nextExpiry } from './points-expiry';
import type { JudgedSummary } from './star-rule-set';

const SPAN = { xs: 24, sm: 12, xxl: 6 } as const;

/**
 * The awarded star, and the qualification under the rule set that will judge the volunteer, named
 * (按《郑州市星级规则》…): the same thresholds and hours as the round of the volunteer's region.
 */
function StarCard({ summary }: { summary: JudgedSummary }) {
  const t = useMessages(homeMessages);
  const rules = summary.starRuleSet;
  const progress = rules
    ? starProgress(rules.qualifyingMinutes, rules.thresholdsHours)
    : starProgress(summary.confirmedMinutes);
  const yearly = rules?.window === 'calendar-year';
  return (
    <Card>
      <Statistic
        title={t('starLevel')}
        value={summary.starLevel}
        suffix={t('starUnit')}
        valueRender={(node) => <span data-testid="star-level">{node}</span>}
      />
      <Rate disabled count={5} value={summary.starLevel} style={{ fontSize: 16 }} />
      <Typography.Paragraph style={{ margin: '8px 0 4px' }} data-testid="qualified-star">
        {rules
          ? t('qualifiedUnder', { rule: rules.name, level: summary.qualifiedStarLevel })
          : t('qualified', { level: summary.qualifiedStarLevel })}
      </Typography.Paragraph>
      {progress.nextLevel ? (
        <>
          <Typography.Text type="secondary" data-testid="next-star">
            {t(yearly ? 'nextStarYear' : 'nextStar', {
              level: progress.nextLevel,
              hours: progress.nextThresholdHours ?? 0,
              duration: formatDuration(progress.minutesToNext, t.language),
            })}
          </Typography.Text>
          <Progress percent={progress.percentToNext} size="small" showInfo={false} />
        </>
      ) : (
        <Typography.Text type="success">{t('topStar')}</Typography.Text>
      )}
      {rules && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, margin: '4px 0 0' }}
          data-testid="star-rule-set"
        >
          {rules.roundId ? t('ruleOfRound', { rule: rules.name }) : t('ruleNational', { rule: rules.name })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {t('starNote')}
      </Typography.Paragraph>
    </Card>
  );
}

function PointsCard({ points }: { points: VolunteerSummary['points'] }) {
  const t = useMessages(homeMessages);
  const next = nextExpiry(points.expiring, businessToday());
  return (
    <Card>
      <Statistic
        title={t('points')}
        value={points.available}
        valueRender={(node) => <span data-testid="points-available">{node}</span>}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('pointsHeld')}>{points.held}</Descriptions.Item>
        <Descriptions.Item label={t('pointsEarned')}>{points.earned}</Descriptions.Item>
        <Descriptions.Item label={t('pointsClawedBack')}>
          <span data-testid="points-clawed-back">{points.clawedBack}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('pointsSpent')}>{points.spent}</Descriptions.Item>
        <Descriptions.Item label={t('pointsExpired')}>{points.expired}</Descriptions.Item>
      </Descriptions>
      {next && (
        <Typography.Paragraph
          type={next.soon ? 'warning' : 'secondary'}
          strong={next.soon}
          style={{ margin: '0 0 4px' }}
          data-testid="points-expiring"
        >
          {t(next.daysLeft < 0 ? 'pointsExpiringDue' : 'pointsExpiring', {
            points: next.points,
            date: next.expiresOn,
            days: Math.max(0, next.daysLeft),
          })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        {t('pointsExpiry')}
      </Typography.Paragraph>
    </Card>
  );
}

/** The volunteer's figures at a glance: hours, star, points, time bank, and hours month by month. */
export function HomePage() {
  const t = useMessages(homeMessages);
  const { volunteerId = '' } = useMe();
  const summary = useApiQuery<JudgedSummary>(() => volunteerApi.summary(volunteerId), [volunteerId]);
  const monthly = useApiQuery(() => volunteerApi.monthlyHours(volunteerId), [volunteerId]);
  const data = summary.data;

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <ProblemAlert error={summary.error} />
      {!data ? (
        !summary.error && <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col {...SPAN}>
            <Card>
              <Statistic
                title={t('confirmedHours')}
                value={formatDuration(data.confirmedMinutes, t.language)}
                valueRender={(node) => <span data-testid="confirmed-hours">{node}</span>}
              />
              <Typography.Text type="secondary" data-testid="pending-hours">
                {t('pendingHours', { duration: formatDuration(data.pendingMinutes, t.language) })}
              </Typography.Text>
            </Card>
          </Col>
          <Col {...SPAN}>
            <StarCard summary={data} />
          </Col>
          <Col {...SPAN}>
            <PointsCard points={data.points} />
          </Col>
          <Col {...SPAN}>
            <Card>
              <Statistic
                title={t('timeBank')}
                value={formatDuration(data.timeBank.balanceMinutes, t.language)}
                valueRender={(node) => <span data-testid="time-bank-balance">{node}</span>}
              />
              <Typography.Text type="secondary">{t('timeBankHint')}</Typography.Text>
            </Card>
          </Col>
        </Row>
      )}
      <Card title={t('monthlyTitle')} style={{ marginTop: 16 }}>
        <ProblemAlert error={monthly.error} />
        {monthly.data ? (
          <div style={{ maxWidth: 760 }}>
            <MonthlyHoursChart months={monthly.data.months} />
          </div>
        ) : (
          !monthly.error && <Skeleton active paragraph={{ rows: 3 }} />
        )}
      </Card>
    </>
  );
}
