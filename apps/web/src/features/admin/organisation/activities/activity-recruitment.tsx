import { Alert, App, Button, Descriptions, Pagination, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../../auth/auth-context';
import { signupStatusColor, signupStatusWords } from '../../../../components/signup-status';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDateTime } from '../../../../i18n/dates';
import { describeProblem } from '../../../../i18n/problem-messages';
import { useMessages } from '../../../../i18n/messages';
import { ReasonModal } from '../../workflows/shared/reason-modal';
import { canOrganise } from '../shared/roles';
import type { Activity, VolunteerListItem } from '../shared/types';
import { useNames } from '../shared/use-names';
import { recruitmentApi, SIGNUP_PAGE_SIZE, type SignupItem } from './recruitment-api';
import { recruitmentMessages } from './recruitment-messages';
import { RecruitmentModal } from './recruitment-modal';

/** Where the organiser's phone shows the rotating check-in code of an activity. */
export const attendancePathOf = (activityId: string) =>
  `/admin/activities/${encodeURIComponent(activityId)}/attendance`;

/**
 * The activity's recruitment (招募设置) and its sign-ups (报名名单) with 录取 / 不通过 for those
 * that wait; organisers and administrators change them, auditors read them.
 */
export function ActivityRecruitment({ activity }: { activity: Activity }) {
  const t = useMessages(recruitmentMessages);
  const me = useMe();
  const { message } = App.useApp();
  const organises = canOrganise(me);
  const [editing, setEditing] = useState(false);
  const [page, setPage] = useState(1);
  const [declining, setDeclining] = useState<SignupItem>();
  const [deciding, setDeciding] = useState<string>();
  const settings = useApiQuery(() => recruitmentApi.read(activity.id), [activity.id]);
  const signups = useApiQuery(() => recruitmentApi.signups(activity.id, page), [activity.id, page]);
  const names = useNames<VolunteerListItem>(
    '/volunteers',
    (signups.data?.items ?? []).map((item) => item.volunteerId),
    (volunteer) => `${volunteer.name} · ${volunteer.volunteerNo}`,
  );
  const nameOf = (item: SignupItem) => names.get(item.volunteerId) ?? item.volunteerId;

  const approve = async (item: SignupItem) => {
    setDeciding(item.id);
    try {
      const answer = await recruitmentApi.approve(item.id);
      void message.success(
        t(answer.status === 'waitlisted' ? 'approvedWaitlisted' : 'approved', { name: nameOf(item) }),
      );
      signups.reload();
    } catch (error) {
      void message.error(describeProblem(error, t.language), 6);
    } finally {
      setDeciding(undefined);
    }
  };

  const decline = async (reason: string): Promise<boolean> => {
    if (!declining) return true;
    try {
      await recruitmentApi.decline(declining.id, reason);
      void message.success(t('declined', { name: nameOf(declining) }));
      setDeclining(undefined);
      signups.reload();
      return true;
    } catch (error) {
      void message.error(describeProblem(error, t.language), 6);
      return false;
    }
  };

  const recruitment = settings.data?.recruitment;
  return (
    <div data-testid="activity-recruitment" style={{ marginTop: 24 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('recruitmentTitle')}
        </Typography.Title>
        {organises && (
          <Space wrap>
            <Button onClick={() => setEditing(true)} disabled={!settings.data} autoInsertSpace={false}>
              {t('settings')}
            </Button>
            <Link to={attendancePathOf(activity.id)}>
              <Button type="primary" autoInsertSpace={false}>
                {t('attendance')}
              </Button>
            </Link>
          </Space>
        )}
      </Space>
      {settings.error !== undefined && (
        <Alert type="error" showIcon message={describeProblem(settings.error, t.language)} />
      )}
      {settings.data &&
        (recruitment ? (
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} data-testid="recruitment-summary">
            <Descriptions.Item label={t('open')}>
              <Tag color={recruitment.open ? 'green' : 'default'}>
                {recruitment.open ? t('recruiting') : t('closed')}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('quota')}>{recruitment.quota}</Descriptions.Item>
            <Descriptions.Item label={t('signupDeadline')}>
              {formatDateTime(recruitment.signupDeadline, t.language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('approval')}>
              {recruitment.approval === 'auto' ? t('approvalAuto') : t('approvalManual')}
            </Descriptions.Item>
            <Descriptions.Item label={t('audience')}>
              {recruitment.audience === 'region' ? t('audienceRegion') : t('audienceTeams')}
            </Descriptions.Item>
            <Descriptions.Item label={t('walkIns')}>
              {recruitment.walkIns ? t('yes') : t('no')}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('notRecruiting')}</Typography.Text>
        ))}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('signupsTitle')}
      </Typography.Title>
      <Table<SignupItem>
        data-testid="activity-signups"
        size="small"
        rowKey="id"
        pagination={false}
        loading={signups.loading && !signups.data}
        dataSource={signups.data?.items ?? []}
        locale={{ emptyText: t('noSignups') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('volunteer'), key: 'volunteer', render: (_, item) => nameOf(item) },
          {
            title: t('signedUpAt'),
            key: 'signedUpAt',
            render: (_, item) => formatDateTime(item.signedUpAt, t.language),
          },
          {
            title: t('status'),
            key: 'status',
            render: (_, item) => (
              <Tag color={signupStatusColor(item.status)}>
                {signupStatusWords(item.status, t.language, item.waitlistPosition)}
              </Tag>
            ),
          },
          ...(organises
            ? [
                {
                  title: t('actions'),
                  key: 'actions',
                  render: (_: unknown, item: SignupItem) => (
                    <Space size="small">
                      {item.status === 'pending' && (
                        <Button
                          size="small"
                          type="primary"
                          loading={deciding === item.id}
                          onClick={() => void approve(item)}
                          autoInsertSpace={false}
                        >
                          {t('approve')}
                        </Button>
                      )}
                      {['pending', 'accepted', 'waitlisted'].includes(item.status) && (
                        <Button
                          size="small"
                          danger
                          onClick={() => setDeclining(item)}
                          autoInsertSpace={false}
                        >
                          {t('decline')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {signups.data && signups.data.total > SIGNUP_PAGE_SIZE && (
        <Pagination
          size="small"
          style={{ marginTop: 8 }}
          current={page}
          pageSize={SIGNUP_PAGE_SIZE}
          total={signups.data.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
      {editing && settings.data && (
        <RecruitmentModal
          activity={activity}
          current={settings.data.recruitment}
          etag={settings.data.etag}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            settings.reload();
            signups.reload();
          }}
        />
      )}
      {declining && (
        <ReasonModal
          open
          title={t('declineTitle', { name: nameOf(declining) })}
          okText={t('decline')}
          description={t('declineHint')}
          danger
          onSubmit={decline}
          onCancel={() => setDeclining(undefined)}
        />
      )}
    </div>
  );
}
