import { Button, Descriptions, Drawer, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { ActivityRecords } from '../../workflows/recording/activity-records';
import { RecordServiceModal } from '../../workflows/recording/record-service-modal';
import { recordingMessages } from '../../workflows/recording/recording-messages';
import { RosterModal } from '../../workflows/recording/roster-modal';
import { ExactButtonTexts } from '../../workflows/shared/exact-button-texts';
import { formatDateTime } from '../../../../i18n/dates';
import { canOrganise } from '../shared/roles';
import type { Activity } from '../shared/types';
import { activitiesMessages } from './activities-messages';
import { ActivityRecruitment } from './activity-recruitment';

/**
 * An activity opened from the register: its times, its service records, and (for organisers and
 * administrators) 记录服务 for one volunteer or 批量记录（名册） for everyone who took part; below
 * them its recruitment, sign-ups and the way to 现场签到.
 */
export function ActivityDrawer({
  activity,
  onClose,
  onChanged,
}: {
  activity: Activity | undefined;
  onClose: () => void;
  onChanged?: () => void;
}) {
  const t = useMessages(activitiesMessages);
  const r = useMessages(recordingMessages);
  const me = useMe();
  const [recording, setRecording] = useState(false);
  const [rostering, setRostering] = useState(false);
  const [version, setVersion] = useState(0);
  const recorded = () => {
    setVersion((n) => n + 1);
    onChanged?.();
  };

  return (
    <Drawer
      open={activity !== undefined}
      onClose={onClose}
      title={activity?.title ?? t('title')}
      width={960}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
      data-testid="activity-drawer"
    >
      {activity && (
        <ExactButtonTexts>
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('startsAt')}>
              {formatDateTime(activity.startsAt, t.language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('endsAt')}>
              {formatDateTime(activity.endsAt, t.language)}
            </Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {r('recordsTitle')}
            </Typography.Title>
            {canOrganise(me) && (
              <Space wrap>
                <Button type="primary" onClick={() => setRecording(true)}>
                  {r('recordOne')}
                </Button>
                <Button onClick={() => setRostering(true)}>{r('recordRoster')}</Button>
              </Space>
            )}
          </Space>
          <ActivityRecords activityId={activity.id} version={version} />
          <ActivityRecruitment activity={activity} />
          {canOrganise(me) && (
            <>
              <RecordServiceModal
                activity={activity}
                open={recording}
                onClose={() => setRecording(false)}
                onRecorded={recorded}
              />
              {rostering && (
                <RosterModal
                  activity={activity}
                  open
                  onClose={() => setRostering(false)}
                  onRecorded={recorded}
                />
              )}
            </>
          )}
        </ExactButtonTexts>
      )}
    </Drawer>
  );
}
