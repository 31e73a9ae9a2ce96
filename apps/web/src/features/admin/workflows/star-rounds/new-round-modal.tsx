import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import type { StarRound } from '../shared/api-types';
import { shanghaiToday } from '../shared/format';
import { isValidRegionCode, regionContains } from './domain-rules';
import { starMessages } from './star-messages';

interface NewRoundForm {
  regionCode: string;
  cutoff: Dayjs;
  ruleSetId?: string;
}

/** The API's own pattern for a rule set id. */
const RULE_SET_ID = /^(?:national|srs-[0-9a-f]{24})$/;
const EARLIEST_CUTOFF = '2000-01-01';

/** `POST /star-rounds {regionCode, cutoff, ruleSetId?}`: a round for a region inside the caller's. */
export function NewRoundModal({
  open,
  onClose,
  onCreated,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (round: StarRound) => void;
}) {
  const t = useMessages(starMessages);
  const me = useMe();
  const [form] = Form.useForm<NewRoundForm>();
  const [initial] = useState(() => ({ regionCode: me.regionCode }));
  const create = useApiAction((values: NewRoundForm) =>
    api.post<StarRound>('/star-rounds', {
      regionCode: values.regionCode,
      cutoff: values.cutoff.format('YYYY-MM-DD'),
      ...(values.ruleSetId?.trim() ? { ruleSetId: values.ruleSetId.trim() } : {}),
    }),
  );

  const submit = async () => {
    const values = await form.validateFields();
    const round = await create.run(values);
    if (round) {
      form.resetFields();
      onCreated(round);
    }
  };

  const today = shanghaiToday();
  return (
    <Modal
      open={open}
      title={t('newRoundTitle')}
      okText={t('create')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: create.busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} name="new-star-round" layout="vertical" initialValues={initial}>
        <Form.Item
          name="regionCode"
          label={t('regionCode')}
          rules={[
            { required: true, message: t('regionCodeRequired') },
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                if (!isValidRegionCode(value)) throw new Error(t('regionCodeInvalid'));
                if (!regionContains(me.regionCode, value)) {
                  throw new Error(t('regionCodeOutside', { region: me.regionCode }));
                }
              },
            },
          ]}
        >
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="cutoff"
          label={t('cutoff')}
          extra={t('cutoffHelp')}
          rules={[{ required: true, message: t('cutoffRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => {
              const date = day.format('YYYY-MM-DD');
              return date > today || date < EARLIEST_CUTOFF;
            }}
            defaultPickerValue={dayjs(today)}
          />
        </Form.Item>
        <Form.Item
          name="ruleSetId"
          label={t('ruleSetId')}
          extra={t('ruleSetHelp')}
          rules={[{ pattern: RULE_SET_ID, message: t('ruleSetInvalid') }]}
        >
          <Input placeholder="national" allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
