import { Alert, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../components/use-api-query';
import { describeProblem } from '../../../i18n/problem-messages';
import { useMessages } from '../../../i18n/messages';
import { journeyApi, type OpenActivity } from './journey-api';
import { journeyMessages } from './journey-messages';
import { JourneyResult, type Said } from './journey-result';
import { OpenActivityCard } from './open-activity-card';

/**
 * 找活动: all recruiting activities that reach the volunteer, from GET /activities/open, each with
 * its own sign-up, and what happened said in words. (我的报名 lists every sign-up: my-signups-page.)
 */
export function OpenActivitiesPage() {
  const t = useMessages(journeyMessages);
  const query = useApiQuery(() => journeyApi.open(), []);
  const [said, setSaid] = useState<Said>();
  const [busy, setBusy] = useState<string>();

  const act = async (activity: OpenActivity, command: () => Promise<Said>) => {
    setBusy(activity.id);
    setSaid(undefined);
    try {
      setSaid(await command());
    } catch (error) {
      setSaid({ type: 'error', text: t('refused', { reason: describeProblem(error, t.language) }) });
    } finally {
      setBusy(undefined);
      query.reload();
    }
  };

  const signUp = (activity: OpenActivity) =>
    act(activity, async () => {
      const answer = await journeyApi.signUp(activity.id);
      const title = activity.title;
      if (answer.status === 'accepted') return { type: 'success', text: t('accepted', { title }) };
      if (answer.status === 'waitlisted') {
        // Those already in line came first: the volunteer is behind them.
        return { type: 'info', text: t('waitlistedResult', { title, position: activity.waitlisted + 1 }) };
      }
      return { type: 'info', text: t('pending', { title }) };
    });

  const withdraw = (activity: OpenActivity) =>
    act(activity, async () => {
      await journeyApi.withdraw(activity.mySignup!.id);
      return { type: 'success', text: t('withdrawn', { title: activity.title }) };
    });

  const items = query.data?.items ?? [];
  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Title level={4}>{t('findTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('findIntro')}</Typography.Paragraph>
      <JourneyResult said={said} onClose={() => setSaid(undefined)} />
      {query.error !== undefined && (
        <Alert type="error" showIcon message={describeProblem(query.error, t.language)} />
      )}
      {query.data === undefined && query.error === undefined ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : items.length === 0 ? (
        <Empty description={t('none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="open-activities">
          {items.map((activity) => (
            <OpenActivityCard
              key={activity.id}
              activity={activity}
              busy={busy === activity.id}
              onSignUp={signUp}
              onWithdraw={withdraw}
            />
          ))}
        </Space>
      )}
    </div>
  );
}

export { MySignupsPage } from './my-signups-page';
