import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Pagination,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { RegionName } from '../../../components/regions/region-name';
import { signupStatusColor, signupStatusWords } from '../../../components/signup-status';
import { useApiQuery } from '../../../components/use-api-query';
import { formatDateTime, formatSpan } from '../../../i18n/dates';
import { describeProblem } from '../../../i18n/problem-messages';
import { useMessages } from '../../../i18n/messages';
import { journeyApi, MINE_PAGE_SIZE, mayWithdraw, type MySignup } from './journey-api';
import { journeyMessages } from './journey-messages';
import { JourneyResult, type Said } from './journey-result';

/** One sign-up: its activity's times and region, when it was made, its status in words, and 取消报名 while allowed. */
function MySignupCard({
  signup,
  readAt,
  busy,
  onWithdraw,
}: {
  signup: MySignup;
  /** When the list was read (ms): 取消报名 is offered only before the activity's start. */
  readAt: number;
  busy: boolean;
  onWithdraw: (signup: MySignup) => void;
}) {
  const t = useMessages(journeyMessages);
  const { activity } = signup;
  return (
    <Card
      size="small"
      title={activity.title}
      data-testid={`my-signup-${signup.id}`}
      extra={
        <Tag color={signupStatusColor(signup.status)} data-testid="my-signup-status">
          {signupStatusWords(signup.status, t.language, signup.waitlistPosition)}
        </Tag>
      }
    >
      <Descriptions size="small" column={1} colon={false} styles={{ label: { minWidth: 72 } }}>
        <Descriptions.Item label={t('time')}>
          {formatSpan(activity.startsAt, activity.endsAt, t.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('region')}>
          <RegionName code={activity.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('signedUpAt')}>
          {formatDateTime(signup.signedUpAt, t.language)}
        </Descriptions.Item>
      </Descriptions>
      {mayWithdraw(signup, readAt) && (
        <Space style={{ marginTop: 8 }}>
          <Popconfirm
            title={t('withdrawConfirm', { title: activity.title })}
            okText={t('withdrawOk')}
            cancelText={t('keep')}
            onConfirm={() => onWithdraw(signup)}
          >
            <Button danger loading={busy} autoInsertSpace={false}>
              {t('withdraw')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

/**
 * 我的报名: every sign-up of the volunteer from GET /volunteers/{id}/signups, also for activities
 * that no longer recruit, have started or have ended; the latest activity first.
 */
export function MySignupsPage() {
  const t = useMessages(journeyMessages);
  const me = useMe();
  const [page, setPage] = useState(1);
  const query = useApiQuery(async () => {
    const answer = me.volunteerId
      ? await journeyApi.mine(me.volunteerId, page)
      : { items: [], total: 0, page: 1, pageSize: MINE_PAGE_SIZE };
    return { ...answer, readAt: Date.now() };
  }, [me.volunteerId, page]);
  const [said, setSaid] = useState<Said>();
  const [busy, setBusy] = useState<string>();

  const withdraw = async (signup: MySignup) => {
    setBusy(signup.id);
    setSaid(undefined);
    try {
      await journeyApi.withdraw(signup.id);
      setSaid({ type: 'success', text: t('withdrawn', { title: signup.activity.title }) });
    } catch (error) {
      setSaid({ type: 'error', text: t('refused', { reason: describeProblem(error, t.language) }) });
    } finally {
      setBusy(undefined);
      query.reload();
    }
  };

  const data = query.data;
  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Title level={4}>{t('mineTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('mineIntro')}</Typography.Paragraph>
      <JourneyResult said={said} onClose={() => setSaid(undefined)} />
      {query.error !== undefined && (
        <Alert type="error" showIcon message={describeProblem(query.error, t.language)} />
      )}
      {data === undefined && query.error === undefined ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : !data || data.items.length === 0 ? (
        <Empty description={t('noneMine')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="my-signups">
          {data.items.map((signup) => (
            <MySignupCard
              key={signup.id}
              signup={signup}
              readAt={data.readAt}
              busy={busy === signup.id}
              onWithdraw={withdraw}
            />
          ))}
          {data.total > data.pageSize && (
            <Pagination
              size="small"
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              showSizeChanger={false}
              onChange={setPage}
            />
          )}
        </Space>
      )}
    </div>
  );
}
