import { App, Button, Form, Radio, Space, Typography } from 'antd';
import { useMessages } from '../../../i18n/messages';
import { formatDuration, toMinutes } from '../shared/duration';
import type { FamilyMember } from '../volunteer-api';
import { DurationInput, type DurationValue } from './duration-input';
import { familyMessages } from './family-messages';
import { RELATION_LABEL } from './relations';
import { transferProblem } from './transfer-rules';

interface Values {
  toVolunteerId?: string;
  amount?: DurationValue;
}

export interface TransferFormProps {
  readonly family: readonly FamilyMember[];
  readonly balanceMinutes: number;
  /** Resolves true when the transfer went through (the form then clears). */
  readonly onTransfer: (body: { toVolunteerId: string; minutes: number }) => Promise<boolean>;
  readonly busy?: boolean;
}

const minutesOf = (amount: DurationValue | undefined) => toMinutes(amount?.hours, amount?.minutes);

/** Time to a registered family member, typed as hours and minutes, within the balance. */
export function TransferForm({ family, balanceMinutes, onTransfer, busy }: TransferFormProps) {
  const t = useMessages(familyMessages);
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();

  if (family.length === 0) {
    return <Typography.Text type="secondary">{t('noFamilyForTransfer')}</Typography.Text>;
  }

  /** A transfer cannot be taken back: it is sent only once the volunteer confirms what will happen. */
  const submit = (values: Values) => {
    const toVolunteerId = values.toVolunteerId!;
    const minutes = minutesOf(values.amount);
    const recipient = family.find((member) => member.volunteerId === toVolunteerId);
    modal.confirm({
      title: t('confirmTitle'),
      content: t('confirmTransfer', {
        duration: formatDuration(minutes, t.language),
        name: recipient?.name ?? '',
      }),
      okText: t('confirmOk'),
      cancelText: t('confirmCancel'),
      onOk: async () => {
        const done = await onTransfer({ toVolunteerId, minutes });
        if (done) form.resetFields();
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} name="time-bank-transfer">
      <Form.Item
        label={t('recipient')}
        name="toVolunteerId"
        rules={[{ required: true, message: t('recipientRequired') }]}
      >
        <Radio.Group>
          <Space direction="vertical">
            {family.map((member) => (
              <Radio key={member.volunteerId} value={member.volunteerId}>
                {t('memberLabel', { name: member.name, relation: t(RELATION_LABEL[member.relation]) })}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        label={t('amount')}
        name="amount"
        required
        extra={t('balanceNow', { balance: formatDuration(balanceMinutes, t.language) })}
        rules={[
          {
            validator: async (_, amount: DurationValue | undefined) => {
              const problem = transferProblem(minutesOf(amount), balanceMinutes);
              if (problem)
                throw new Error(t(problem, { balance: formatDuration(balanceMinutes, t.language) }));
            },
          },
        ]}
      >
        <DurationInput hoursLabel={t('hours')} minutesLabel={t('minutes')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('transfer')}
      </Button>
    </Form>
  );
}
