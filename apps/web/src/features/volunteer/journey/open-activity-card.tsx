import { Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { RegionName } from '../../../components/regions/region-name';
import { signupStatusColor, signupStatusWords } from '../../../components/signup-status';
import { formatDateTime, formatSpan } from '../../../i18n/dates';
import { useMessages } from '../../../i18n/messages';
import { journeyMessages } from './journey-messages';
import { placesLeft, type OpenActivity } from './journey-api';

/** Sign-ups that hold a place or a place in line: the volunteer may withdraw them; others may sign up again. */
const HOLDS_PLACE = new Set(['pending', 'accepted', 'waitlisted']);

export const holdsPlace = (activity: OpenActivity): boolean =>
  activity.mySignup !== undefined && HOLDS_PLACE.has(activity.mySignup.status);

/** One recruiting activity on a phone: its times, region, places, deadline, and 报名 / 取消报名. */
export function OpenActivityCard({
  activity,
  busy,
  onSignUp,
  onWithdraw,
}: {
  activity: OpenActivity;
  busy: boolean;
  onSignUp: (activity: OpenActivity) => void;
  onWithdraw: (activity: OpenActivity) => void;
}) {
  const t = useMessages(journeyMessages);
  const mine = activity.mySignup;
  return (
    <Card
      size="small"
      title={activity.title}
      data-testid={`open-activity-${activity.id}`}
      extra={
        mine ? (
          <Tag color={signupStatusColor(mine.status)} data-testid="my-signup-status">
            {signupStatusWords(mine.status, t.language)}
          </Tag>
        ) : null
      }
    >
      <Descriptions size="small" column={1} colon={false} styles={{ label: { minWidth: 72 } }}>
        <Descriptions.Item label={t('time')}>
          {formatSpan(activity.startsAt, activity.endsAt, t.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('region')}>
          <RegionName code={activity.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('placesLeft')}>
          <span data-testid="places-left">
            {t('placesOf', { left: placesLeft(activity), quota: activity.quota })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('waitlisted')}>{activity.waitlisted}</Descriptions.Item>
        <Descriptions.Item label={t('deadline')}>
          {formatDateTime(activity.signupDeadline, t.language)}
        </Descriptions.Item>
      </Descriptions>
      <Space style={{ marginTop: 8 }}>
        {holdsPlace(activity) ? (
          <Popconfirm
            title={t('withdrawConfirm', { title: activity.title })}
            okText={t('withdrawOk')}
            cancelText={t('keep')}
            onConfirm={() => onWithdraw(activity)}
          >
            <Button danger loading={busy} autoInsertSpace={false}>
              {t('withdraw')}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" loading={busy} onClick={() => onSignUp(activity)} autoInsertSpace={false}>
            {t('signUp')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
