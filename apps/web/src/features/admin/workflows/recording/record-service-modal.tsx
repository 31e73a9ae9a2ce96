import { Alert, App, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../../../api/client';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import { toShanghaiDateTime } from '../../organisation/shared/business-time';
import type { Activity, VolunteerListItem } from '../../organisation/shared/types';
import { VolunteerSelect } from '../../organisation/shared/volunteer-select';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { formatMinutes } from '../shared/format';
import { sharedMessages } from '../shared/shared-messages';
import { CONTENT_MAX_LENGTH, pickerValueOf } from './record-times';
import { SessionTimeFields } from './session-time-fields';
import { recordingMessages } from './recording-messages';

interface RecordValues {
  volunteerId: string;
  startedAt: Dayjs;
  endedAt: Dayjs;
  content: string;
}

/**
 * 记录服务: one volunteer's session at an activity (found by name or volunteer number), at Beijing
 * times that start as the activity's own. The record is pending until an administrator confirms it.
 */
export function RecordServiceModal({
  activity,
  open,
  onClose,
  onRecorded,
}: {
  activity: Activity;
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const t = useMessages(recordingMessages);
  const shared = useMessages(sharedMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<unknown>();
  const [picked, setPicked] = useState<VolunteerListItem>();

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      startedAt: pickerValueOf(activity.startsAt),
      endedAt: pickerValueOf(activity.endsAt),
      content: activity.title,
    });
  }, [open, activity.startsAt, activity.endsAt, activity.title, form]);

  const close = () => {
    setRefusal(undefined);
    form.resetFields();
    setPicked(undefined);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setRefusal(undefined);
    try {
      const record = await api.post<{ id: string; minutes: number }>('/service-records', {
        activityId: activity.id,
        volunteerId: values.volunteerId,
        startedAt: toShanghaiDateTime(values.startedAt),
        endedAt: toShanghaiDateTime(values.endedAt),
        content: values.content.trim(),
      });
      void message.success(
        t('recorded', {
          name: picked?.name ?? values.volunteerId,
          minutes: formatMinutes(record.minutes, language),
        }),
      );
      close();
      onRecorded();
    } catch (error) {
      setRefusal(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ExactButtonTexts>
      <Modal
        open={open}
        title={t('recordOneTitle', { activity: activity.title })}
        okText={t('submit')}
        cancelText={shared('cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={close}
        forceRender
      >
        {refusal !== undefined && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="record-refusal-alert"
            message={describeProblem(refusal, language)}
          />
        )}
        <Form
          form={form}
          name="record-service"
          layout="vertical"
          requiredMark={false}
          data-testid="record-service-form"
        >
          <Form.Item
            name="volunteerId"
            label={t('volunteer')}
            rules={[{ required: true, message: t('volunteerRequired') }]}
          >
            <VolunteerSelect testId="record-volunteer" onPick={setPicked} />
          </Form.Item>
          <SessionTimeFields startLabel={t('startedAt')} endLabel={t('endedAt')} />
          <Form.Item
            name="content"
            label={t('content')}
            rules={[
              { required: true, whitespace: true, message: t('contentRequired') },
              { max: CONTENT_MAX_LENGTH, message: t('contentTooLong', { max: CONTENT_MAX_LENGTH }) },
            ]}
          >
            <Input.TextArea rows={2} maxLength={CONTENT_MAX_LENGTH} />
          </Form.Item>
        </Form>
      </Modal>
    </ExactButtonTexts>
  );
}
