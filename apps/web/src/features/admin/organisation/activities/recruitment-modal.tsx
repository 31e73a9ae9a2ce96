import { DatePicker, Form, InputNumber, Modal, Radio, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { App } from 'antd';
import { describeProblem } from '../../../../i18n/problem-messages';
import { useMessages } from '../../../../i18n/messages';
import { shanghaiWallTime, toShanghaiDateTime } from '../shared/business-time';
import type { Activity } from '../shared/types';
import { recruitmentApi, type Recruitment } from './recruitment-api';
import { recruitmentMessages } from './recruitment-messages';
import { TeamsPicker } from './teams-picker';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';
const MAX_QUOTA = 10_000;

interface Values {
  readonly open: boolean;
  readonly quota: number;
  readonly signupDeadline: Dayjs;
  readonly approval: 'auto' | 'manual';
  readonly audience: 'region' | 'teams';
  readonly teamIds?: string[];
  readonly walkIns: boolean;
}

/**
 * 招募设置: open, places, deadline, approval, audience (the region, or named teams) and walk-ins,
 * sent with If-Match: the activity's ETag when the settings were read, so a change made meanwhile
 * by someone else is refused rather than overwritten.
 */
export function RecruitmentModal({
  activity,
  current,
  etag,
  onClose,
  onSaved,
}: {
  activity: Activity;
  current: Recruitment | null;
  etag: string | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useMessages(recruitmentMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const audience = Form.useWatch('audience', form);

  const initial: Values = {
    open: current?.open ?? true,
    quota: current?.quota ?? 10,
    signupDeadline: dayjs(shanghaiWallTime(current?.signupDeadline ?? activity.startsAt)),
    approval: current?.approval ?? 'auto',
    audience: current?.audience ?? 'region',
    teamIds: [...(current?.teamIds ?? [])],
    walkIns: current?.walkIns ?? false,
  };

  const save = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setRefusal(undefined);
    try {
      await recruitmentApi.set(
        activity.id,
        {
          open: values.open,
          quota: values.quota,
          signupDeadline: toShanghaiDateTime(values.signupDeadline),
          approval: values.approval,
          audience: values.audience,
          ...(values.audience === 'teams' ? { teamIds: values.teamIds ?? [] } : {}),
          walkIns: values.walkIns,
        },
        etag,
      );
      void message.success(t('saved'));
      onSaved();
    } catch (error) {
      setRefusal(describeProblem(error, t.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('settingsTitle', { title: activity.title })}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: busy, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="recruitment" initialValues={initial}>
        <Form.Item name="open" label={t('open')} valuePropName="checked" extra={t('openHint')}>
          <Switch data-testid="recruitment-open" />
        </Form.Item>
        <Form.Item
          name="quota"
          label={t('quota')}
          rules={[{ required: true, message: t('required', { field: t('quota') }) }]}
        >
          <InputNumber min={1} max={MAX_QUOTA} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="signupDeadline"
          label={t('signupDeadline')}
          extra={t('deadlineHint')}
          rules={[{ required: true, message: t('required', { field: t('signupDeadline') }) }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} needConfirm={false} />
        </Form.Item>
        <Form.Item name="approval" label={t('approval')}>
          <Radio.Group
            options={[
              { value: 'auto', label: t('approvalAuto') },
              { value: 'manual', label: t('approvalManual') },
            ]}
          />
        </Form.Item>
        <Form.Item name="audience" label={t('audience')}>
          <Radio.Group
            options={[
              { value: 'region', label: t('audienceRegion') },
              { value: 'teams', label: t('audienceTeams') },
            ]}
          />
        </Form.Item>
        {audience === 'teams' && (
          <Form.Item
            name="teamIds"
            label={t('teams')}
            rules={[{ required: true, type: 'array', min: 1, message: t('teamsRequired') }]}
          >
            <TeamsPicker placeholder={t('teamsPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="walkIns" label={t('walkIns')} valuePropName="checked">
          <Switch data-testid="recruitment-walk-ins" />
        </Form.Item>
      </Form>
      {refusal && (
        <Typography.Text type="danger" role="alert" data-testid="recruitment-refusal">
          {refusal}
        </Typography.Text>
      )}
    </Modal>
  );
}
