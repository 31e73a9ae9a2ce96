import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../../../api/client';
import type { Me } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import { toShanghaiDateTime } from '../../organisation/shared/business-time';
import type { ServiceRecordItem } from '../shared/api-types';
import { formatMinutes, formatSpan } from '../shared/format';
import { REASON_MAX_LENGTH, ReasonModal } from '../shared/reason-modal';
import { sharedMessages } from '../shared/shared-messages';
import { pickerValueOf } from './record-times';
import { SessionTimeFields } from './session-time-fields';
import { recordingMessages } from './recording-messages';

/** Administrators void pending and confirmed records (a rejected or void one has nothing left to void). */
export const canVoid = (me: Me, record: ServiceRecordItem): boolean =>
  me.role === 'admin' && (record.status === 'pending' || record.status === 'confirmed');

/** Administrators and organisers correct the times of pending and confirmed records. */
export const canCorrect = (me: Me, record: ServiceRecordItem): boolean =>
  (me.role === 'admin' || me.role === 'organiser') &&
  (record.status === 'pending' || record.status === 'confirmed');

/**
 * Whether a correction keeps the record confirmed (API: an administrator's correction of a confirmed
 * record takes effect at once, unless that administrator recorded it) or returns it to pending.
 */
export type CorrectionEffect = 'at-once' | 'back-to-pending' | 'own-record';

export function correctionEffect(me: Me, record: ServiceRecordItem): CorrectionEffect {
  if (me.role === 'admin' && record.status === 'confirmed') {
    return record.recordedBy === me.accountId ? 'own-record' : 'at-once';
  }
  return 'back-to-pending';
}

const activityOf = (r: ServiceRecordItem) => r.activityTitle ?? r.activityId;

/** 作废: the reason is required, and the dialog says the record stops counting and that it is final. */
export function VoidRecordModal({
  record,
  onClose,
  onDone,
}: {
  record: ServiceRecordItem | undefined;
  onClose: () => void;
  onDone: (record: ServiceRecordItem) => void;
}) {
  const t = useMessages(recordingMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  return (
    <ReasonModal
      open={record !== undefined}
      title={t('voidTitle')}
      okText={t('void')}
      danger
      description={
        record && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="void-what"
            message={t('voidWhat', {
              name: record.volunteerName,
              activity: activityOf(record),
              time: formatSpan(record.startedAt, record.endedAt, t.language),
              minutes: formatMinutes(record.minutes, language),
            })}
          />
        )
      }
      onCancel={onClose}
      onSubmit={async (reason) => {
        if (!record) return true;
        try {
          await api.post(`/service-records/${encodeURIComponent(record.id)}/void`, { reason });
          void message.success(t('voided'));
          onDone(record);
          return true;
        } catch (error) {
          void message.error(describeProblem(error, language), 6);
          return false;
        }
      }}
    />
  );
}

interface CorrectionValues {
  startedAt: Dayjs;
  endedAt: Dayjs;
  reason: string;
}

/** 更正: new Beijing times and a reason; the dialog says whether the record stays confirmed. */
export function CorrectRecordModal({
  record,
  onClose,
  onDone,
}: {
  record: ServiceRecordItem | undefined;
  onClose: () => void;
  onDone: (record: ServiceRecordItem) => void;
}) {
  const t = useMessages(recordingMessages);
  const shared = useMessages(sharedMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<CorrectionValues>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<unknown>();

  // A newly opened record starts from its own times.
  const recordId = record?.id;
  useEffect(() => {
    if (!record) return;
    form.setFieldsValue({
      startedAt: pickerValueOf(record.startedAt),
      endedAt: pickerValueOf(record.endedAt),
      reason: '',
    });
    // Only a different record resets the form; its fields are read when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recordId, form]);

  const close = () => {
    setRefusal(undefined);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    if (!record) return;
    const values = await form.validateFields();
    setBusy(true);
    setRefusal(undefined);
    try {
      const answer = await api.post<{ status: string }>(
        `/service-records/${encodeURIComponent(record.id)}/corrections`,
        {
          startedAt: toShanghaiDateTime(values.startedAt),
          endedAt: toShanghaiDateTime(values.endedAt),
          reason: values.reason.trim(),
        },
      );
      void message.success(t(answer?.status === 'pending' ? 'correctedPending' : 'corrected'));
      form.resetFields();
      onDone(record);
    } catch (error) {
      setRefusal(error);
    } finally {
      setBusy(false);
    }
  };

  const effect = record ? correctionEffect(me, record) : 'back-to-pending';
  return (
    <Modal
      open={record !== undefined}
      title={t('correctTitle')}
      okText={t('correct')}
      cancelText={shared('cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      forceRender
    >
      {record && (
        <Typography.Paragraph>
          {t('correctWhat', {
            name: record.volunteerName,
            activity: activityOf(record),
            time: formatSpan(record.startedAt, record.endedAt, t.language),
            minutes: formatMinutes(record.minutes, language),
          })}
        </Typography.Paragraph>
      )}
      <Alert
        type={effect === 'at-once' ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="correction-effect"
        message={
          effect === 'at-once'
            ? t('correctAtOnce')
            : effect === 'own-record'
              ? t('correctOwnRecord')
              : t('correctBackToPending')
        }
      />
      {refusal !== undefined && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="correction-refusal"
          message={describeProblem(refusal, language)}
        />
      )}
      <Form form={form} name="record-correction" layout="vertical" requiredMark={false}>
        <SessionTimeFields startLabel={t('newStartedAt')} endLabel={t('newEndedAt')} />
        <Form.Item
          name="reason"
          label={shared('reasonLabel')}
          rules={[
            { required: true, whitespace: true, message: shared('reasonRequired') },
            { max: REASON_MAX_LENGTH, message: shared('reasonTooLong', { max: REASON_MAX_LENGTH }) },
          ]}
        >
          <Input.TextArea
            rows={3}
            showCount
            maxLength={REASON_MAX_LENGTH}
            placeholder={shared('reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
