import { Alert, Col, Descriptions, Drawer, Row, Statistic, Tag, Typography } from 'antd';
import { api } from '../../../../api/client';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDateTime } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { CreateVolunteerLoginButton } from '../accounts/create-volunteer-login-button';
import { idTypeLabels } from '../shared/labels';
import { TWO_COLUMNS } from '../shared/layout';
import { RegionText } from '../shared/region-field';
import type { Volunteer, VolunteerSummary } from '../shared/types';
import { hoursOf, StarLevel } from './star-level';
import { VolunteerCommendations, VolunteerTrainings } from './volunteer-achievements';
import { volunteersMessages } from './volunteers-messages';

/**
 * A volunteer's record (masked personal data), the figures derived from their events, and their
 * trainings and commendations (organisers and administrators add them here).
 */
export function VolunteerDrawer({
  volunteerId,
  onClose,
}: {
  volunteerId: string | undefined;
  onClose: () => void;
}) {
  const t = useMessages(volunteersMessages);
  const idType = useMessages(idTypeLabels);
  const path = volunteerId ? `/volunteers/${encodeURIComponent(volunteerId)}` : undefined;
  const volunteer = useApiQuery(() => (path ? api.get<Volunteer>(path) : Promise.resolve(undefined)), [path]);
  const summary = useApiQuery(
    () => (path ? api.get<VolunteerSummary>(`${path}/summary`) : Promise.resolve(undefined)),
    [path],
  );
  const view = volunteer.data?.id === volunteerId ? volunteer.data : undefined;
  const figures = summary.data?.volunteerId === volunteerId ? summary.data : undefined;

  return (
    <Drawer
      open={volunteerId !== undefined}
      onClose={onClose}
      title={view ? t('drawerTitle', { name: view.name }) : t('title')}
      width={600}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
      data-testid="volunteer-drawer"
      // A volunteer registered without a login (or whose login failed) gets one here; administrators only.
      extra={view ? <CreateVolunteerLoginButton volunteer={view} /> : undefined}
    >
      <ProblemAlert error={volunteer.error ?? summary.error} />
      {view && (
        <Descriptions size="small" bordered column={TWO_COLUMNS} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('volunteerNo')}>{view.volunteerNo}</Descriptions.Item>
          <Descriptions.Item label={t('status')}>
            <Tag
              color={view.status === 'active' ? 'success' : view.status === 'exited' ? 'warning' : 'default'}
            >
              {t(view.status)}
            </Tag>
            {view.exitedAt ? ` ${formatDateTime(view.exitedAt, t.language)}` : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('idType')}>{view.idType ? idType(view.idType) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('idNumber')}>{view.idNumberMasked ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('phone')}>{view.phoneMasked ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('region')}>
            <RegionText code={view.regionCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('registeredAt')} span={2}>
            {formatDateTime(view.registeredAt, t.language)}
          </Descriptions.Item>
        </Descriptions>
      )}
      {figures && (
        <div data-testid="volunteer-summary">
          <Typography.Title level={5}>{t('summary')}</Typography.Title>
          <Row gutter={[16, 16]}>
            <Col xs={12} sm={8}>
              <Statistic title={t('confirmedHours')} value={hoursOf(figures.confirmedMinutes)} suffix="h" />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('pendingHours')} value={hoursOf(figures.pendingMinutes)} suffix="h" />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('timeBank')} value={hoursOf(figures.timeBank.balanceMinutes)} suffix="h" />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('awardedStar')}
                valueRender={() => <StarLevel level={figures.starLevel} />}
              />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('qualifiedStar')}
                valueRender={() => <StarLevel level={figures.qualifiedStarLevel} />}
              />
              {figures.starRuleSet && (
                <Typography.Text type="secondary" data-testid="judging-rule-set">
                  {t('underRuleSet', { name: figures.starRuleSet.name })}
                </Typography.Text>
              )}
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('pointsAvailable')} value={figures.points.available} />
            </Col>
            {/* Five figures in a row on wider screens: earned − clawed back − spent − expired − held = available. */}
            <Col xs={12} sm={{ flex: '20%' }}>
              <Statistic title={t('pointsHeld')} value={figures.points.held} />
            </Col>
            <Col xs={12} sm={{ flex: '20%' }}>
              <Statistic title={t('pointsEarned')} value={figures.points.earned} />
            </Col>
            <Col xs={12} sm={{ flex: '20%' }}>
              <Statistic title={t('pointsClawedBack')} value={figures.points.clawedBack} />
            </Col>
            <Col xs={12} sm={{ flex: '20%' }}>
              <Statistic title={t('pointsSpent')} value={figures.points.spent} />
            </Col>
            <Col xs={12} sm={{ flex: '20%' }}>
              <Statistic title={t('pointsExpired')} value={figures.points.expired} />
            </Col>
          </Row>
        </div>
      )}
      {volunteerId && view && (
        <>
          <VolunteerTrainings volunteerId={volunteerId} />
          <VolunteerCommendations volunteerId={volunteerId} />
        </>
      )}
      <Alert type="info" showIcon message={t('maskedNote')} style={{ marginTop: 16 }} />
    </Drawer>
  );
}
