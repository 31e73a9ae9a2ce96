import { Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useMessages } from '../../../../i18n/messages';
import { sharedMessages } from './shared-messages';

/** The API's limit for a reason (TEXT_LIMITS.reason); certificate revocations allow 200. */
export const REASON_MAX_LENGTH = 500;

export interface ReasonModalProps {
  readonly open: boolean;
  readonly title: ReactNode;
  readonly okText: string;
  /** Shown above the field: what the reason is for (the record, the candidate…). */
  readonly description?: ReactNode;
  readonly maxLength?: number;
  readonly danger?: boolean;
  /** Resolves true when done (the modal closes), false to keep it open (the refusal was shown). */
  readonly onSubmit: (reason: string) => Promise<boolean>;
  readonly onCancel: () => void;
}

/**
 * Asks for the reason a rejection, an exclusion or a revocation needs. A blank reason (spaces only)
 * is refused here, as the API would refuse it, before anything is sent.
 */
export function ReasonModal({
  open,
  title,
  okText,
  description,
  maxLength = REASON_MAX_LENGTH,
  danger,
  onSubmit,
  onCancel,
}: ReasonModalProps) {
  const t = useMessages(sharedMessages);
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      if (await onSubmit(reason.trim())) form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        form.resetFields();
        onCancel();
      }}
      forceRender
    >
      {description}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('reasonLabel')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            { max: maxLength, message: t('reasonTooLong', { max: maxLength }) },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={maxLength} placeholder={t('reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
