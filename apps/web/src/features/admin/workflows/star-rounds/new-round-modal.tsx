import { DatePicker, Form, Modal, Select } from 'antd';
import { RegionCascader } from '../../organisation/shared/region-field';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import type { Page } from '../../../../api/types';
import { useApiAction } from '../../../../components/use-api-action';
import { useApiQuery } from '../../../../components/use-api-query';
import { useMessages } from '../../../../i18n/messages';
import type { StarRound } from '../shared/api-types';
import { shanghaiToday } from '../shared/format';
import {
  RULE_SETS_PAGE_SIZE,
  RULE_SETS_PATH,
  type RuleSetItem,
  thresholdsText,
} from '../rule-sets/rule-set-types';
import { isValidRegionCode, regionContains } from './domain-rules';
import { starMessages } from './star-messages';

interface NewRoundForm {
  regionCode: string;
  cutoff: Dayjs;
  ruleSetId: string;
}

const EARLIEST_CUTOFF = '2000-01-01';
const NATIONAL = 'national';

/**
 * `POST /star-rounds {regionCode, cutoff, ruleSetId}`: a round for a region inside the caller's, its
 * rule set chosen by name from `GET /rule-sets` (the national one, then the province's), never typed.
 */
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
  const [initial] = useState(() => ({ regionCode: me.regionCode, ruleSetId: NATIONAL }));
  const ruleSets = useApiQuery(
    () =>
      open
        ? api.get<Page<RuleSetItem>>(RULE_SETS_PATH, { page: 1, pageSize: RULE_SETS_PAGE_SIZE })
        : Promise.resolve(undefined),
    [open],
  );
  const sets: readonly RuleSetItem[] = ruleSets.data?.items ?? [];
  const chosenId = Form.useWatch('ruleSetId', form);
  const chosen = sets.find((r) => r.id === chosenId);
  const describe = (r: RuleSetItem) =>
    t('ruleSetSummary', {
      thresholds: thresholdsText(r.thresholdsHours),
      window: r.window === 'calendar-year' ? t('windowCalendarYear') : t('windowCumulative'),
      days: r.noticeWorkingDays,
    });
  const create = useApiAction((values: NewRoundForm) =>
    api.post<StarRound>('/star-rounds', {
      regionCode: values.regionCode,
      cutoff: values.cutoff.format('YYYY-MM-DD'),
      ruleSetId: values.ruleSetId,
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
          <RegionCascader scope={me.regionCode} />
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
          extra={
            <span data-testid="rule-set-thresholds">{chosen ? describe(chosen) : t('ruleSetHelp')}</span>
          }
          rules={[{ required: true, message: t('ruleSetRequired') }]}
        >
          <Select
            aria-label={t('ruleSetId')}
            loading={ruleSets.loading}
            showSearch
            optionFilterProp="label"
            options={sets.map((r) => ({
              value: r.id,
              label: r.name,
            }))}
            optionRender={(option) => {
              const r = sets.find((s) => s.id === option.value);
              return (
                <div>
                  <div>{r?.name}</div>
                  {r && (
                    <div style={{ fontSize: 12, opacity: 0.65, whiteSpace: 'normal' }}>{describe(r)}</div>
                  )}
                </div>
              );
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
