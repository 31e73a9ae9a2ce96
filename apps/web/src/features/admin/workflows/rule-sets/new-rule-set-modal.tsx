import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { ruleSetMessages } from './rule-set-messages';
import { RULE_SETS_PATH, type RuleSetItem } from './rule-set-types';

interface NewRuleSetForm {
  name: string;
  thresholdsHours: (number | null)[];
  window: RuleSetItem['window'];
  noticeWorkingDays: number;
}

const STARS = [1, 2, 3, 4, 5] as const;

/** `POST /rule-sets {name, thresholdsHours, window, noticeWorkingDays}` (province administrators). */
export function NewRuleSetModal({
  open,
  onClose,
  onCreated,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (ruleSet: RuleSetItem) => void;
}) {
  const t = useMessages(ruleSetMessages);
  const [form] = Form.useForm<NewRuleSetForm>();
  const create = useApiAction((values: NewRuleSetForm) =>
    api.post<RuleSetItem>(RULE_SETS_PATH, {
      name: values.name.trim(),
      thresholdsHours: values.thresholdsHours,
      window: values.window,
      noticeWorkingDays: values.noticeWorkingDays,
    }),
  );

  const submit = async () => {
    const values = await form.validateFields();
    const created = await create.run(values);
    if (created) {
      form.resetFields();
      onCreated(created);
    }
  };

  return (
    <Modal
      open={open}
      title={t('newRuleSetTitle')}
      okText={t('create')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: create.busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form
        form={form}
        name="new-rule-set"
        layout="vertical"
        initialValues={{ window: 'cumulative', noticeWorkingDays: 5, thresholdsHours: [] }}
      >
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, max: 100, message: t('nameRequired') }]}
        >
          <Input placeholder={t('namePlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item label={t('thresholds')} extra={t('thresholdsHelp')} required>
          <Space wrap>
            {STARS.map((star, i) => (
              <Form.Item
                key={star}
                name={['thresholdsHours', i]}
                style={{ marginBottom: 0 }}
                dependencies={i > 0 ? [['thresholdsHours', i - 1]] : []}
                rules={[
                  { required: true, message: t('thresholdRequired', { star }) },
                  ({ getFieldValue }) => ({
                    validator: async (_, value: number | null) => {
                      const below =
                        i > 0 ? (getFieldValue(['thresholdsHours', i - 1]) as number | null) : null;
                      if (value != null && below != null && value <= below) {
                        throw new Error(t('thresholdsAscending'));
                      }
                    },
                  }),
                ]}
              >
                <InputNumber
                  min={1}
                  max={100000}
                  precision={0}
                  prefix={t('star', { star })}
                  aria-label={t('star', { star })}
                  style={{ width: 150 }}
                />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Form.Item name="window" label={t('window')} rules={[{ required: true }]}>
          <Select
            aria-label={t('window')}
            options={[
              { value: 'cumulative', label: t('windowCumulative') },
              { value: 'calendar-year', label: t('windowCalendarYear') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="noticeWorkingDays"
          label={t('noticeWorkingDays')}
          extra={t('noticeHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={30} precision={0} aria-label={t('noticeWorkingDays')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
