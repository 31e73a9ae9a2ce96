import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApiAction } from '../../../components/use-api-action';
import { useMessages } from '../../../i18n/messages';
import { venueApi, type Redemption } from '../venue-api';
import { redemptionMessages } from './redemption-messages';

/** The API's limit on a void reason (libs/domain REDEMPTION_REASON_MAX_LENGTH). */
const REASON_MAX_LENGTH = 500;

interface RedemptionActionsProps {
  readonly redemption: Redemption;
  /** Called with the redemption as the API answered after a capture or a void. */
  readonly onChanged: (redemption: Redemption) => void;
  readonly benefitTitle?: string;
  readonly size?: 'small' | 'middle' | 'large';
}

/** 核销 (capture) and 撤销 (void with a reason) for a held redemption. */
export function RedemptionActions({ redemption, onChanged, benefitTitle, size }: RedemptionActionsProps) {
  const t = useMessages(redemptionMessages);
  const { message } = App.useApp();
  const [voiding, setVoiding] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const capture = useApiAction(async () => {
    const captured = await venueApi.capture(redemption.id);
    void message.success(t('captured', { title: benefitTitle ?? '' }));
    onChanged(captured);
  });
  const cancel = useApiAction(async (reason: string) => {
    const voided = await venueApi.void(redemption.id, reason);
    void message.success(t('voided'));
    setVoiding(false);
    onChanged(voided);
  });

  if (redemption.status !== 'held') return null;
  return (
    <>
      <Space wrap>
        <Button
          type="primary"
          size={size}
          autoInsertSpace={false}
          loading={capture.busy}
          disabled={cancel.busy}
          onClick={() => void capture.run()}
        >
          {t('capture')}
        </Button>
        <Button
          danger
          size={size}
          autoInsertSpace={false}
          disabled={capture.busy}
          onClick={() => setVoiding(true)}
        >
          {t('void')}
        </Button>
      </Space>
      <Modal
        open={voiding}
        title={t('voidTitle')}
        okText={t('voidConfirm')}
        cancelText={t('voidCancel')}
        okButtonProps={{ danger: true, loading: cancel.busy }}
        onOk={() =>
          void form.validateFields().then(
            ({ reason }) => cancel.run(reason.trim()),
            () => undefined,
          )
        }
        onCancel={() => setVoiding(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('voidConsequence', { points: redemption.points })}</Typography.Paragraph>
        <Form form={form} layout="vertical" name={`void-${redemption.id}`} preserve={false}>
          <Form.Item
            label={t('voidReason')}
            name="reason"
            rules={[
              { required: true, whitespace: true, message: t('voidReasonRequired') },
              { max: REASON_MAX_LENGTH, message: t('voidReasonTooLong', { max: REASON_MAX_LENGTH }) },
            ]}
          >
            <Input.TextArea
              placeholder={t('voidReasonPlaceholder')}
              maxLength={REASON_MAX_LENGTH}
              autoSize={{ minRows: 2 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
