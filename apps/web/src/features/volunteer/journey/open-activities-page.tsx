import { Alert, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../components/use-api-query';
import { describeProblem } from '../../../i18n/problem-messages';
import { useMessages } from '../../../i18n/messages';
import { journeyApi, type OpenActivity } from './journey-api';
import { journeyMessages } from './journey-messages';
import { OpenActivityCard } from './open-activity-card';

interface Said {
  readonly type: 'success' | 'info' | 'error';
  readonly text: string;
}

/**
 * 找活动 (all recruiting activities that reach the volunteer) and 我的报名 (those it signed up for):
 * one list from GET /activities/open, each with its own sign-up, and what happened said in words.
 */
function JourneyList({ mine }: { mine: boolean }) {
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

  const items = (query.data?.items ?? []).filter((activity) => !mine || activity.mySignup !== undefined);
  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Title level={4}>{mine ? t('mineTitle') : t('findTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{mine ? t('mineIntro') : t('findIntro')}</Typography.Paragraph>
      {said && (
        <Alert
          type={said.type}
          showIcon
          message={said.text}
          role="status"
          data-testid="journey-result"
          closable
          onClose={() => setSaid(undefined)}
          style={{ marginBottom: 12 }}
        />
      )}
      {query.error !== undefined && (
        <Alert type="error" showIcon message={describeProblem(query.error, t.language)} />
      )}
      {query.data === undefined && query.error === undefined ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : items.length === 0 ? (
        <Empty description={mine ? t('noneMine') : t('none')} />
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

/** 找活动: recruiting activities of the volunteer's city and province, with 报名 / 取消报名. */
export const OpenActivitiesPage = () => <JourneyList mine={false} />;

/** 我的报名: the volunteer's sign-ups for activities recruiting now, whatever their status. */
export const MySignupsPage = () => <JourneyList mine />;
