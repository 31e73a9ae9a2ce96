import { Alert, App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { pilotLevelLabels } from '../shared/labels';
import { regionLevel } from '../shared/region';
import { RegionField } from '../shared/region-field';
import { sharedMessages } from '../shared/shared-messages';
import type { Pilot, PilotLevel } from '../shared/types';
import { dashboardMessages } from './dashboard-messages';
import { PLAN_TARGETS } from './plan-targets';

interface PilotFormValues {
  name: string;
  level: PilotLevel;
  regionCode: string;
  fundedOn: Dayjs;
}

const NAME_MAX = 100;

/** 新建试点: a city pilot on a city code, a county pilot on a county code, from its funding date. */
export function CreatePilotModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (pilot: Pilot) => void;
}) {
  const t = useMessages(dashboardMessages);
  const s = useMessages(sharedMessages);
  const levelLabel = useMessages(pilotLevelLabels);
  const { message } = App.useApp();
  const [form] = Form.useForm<PilotFormValues>();
  const level = Form.useWatch('level', form) ?? 'county';
  const targets = PLAN_TARGETS[level];
  const { run, busy } = useApiAction((values: PilotFormValues) =>
    api.post<Pilot>('/pilots', {
      name: values.name.trim(),
      level: values.level,
      regionCode: values.regionCode,
      fundedOn: values.fundedOn.format('YYYY-MM-DD'),
    }),
  );

  const submit = async (values: PilotFormValues) => {
    const pilot = await run(values);
    if (!pilot) return;
    void message.success(t('pilotCreated', { name: pilot.name, endsOn: pilot.endsOn }));
    form.resetFields();
    onCreated(pilot);
  };

  return (
    <FormModal<PilotFormValues>
      title={t('newPilot')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      onFinish={submit}
      initialValues={{ level: 'county' }}
      testId="pilot-form"
    >
      <Form.Item
        name="name"
        label={t('name')}
        rules={[
          { required: true, whitespace: true, message: s('required', { field: t('name') }) },
          { max: NAME_MAX, message: s('tooLong', { field: t('name'), max: NAME_MAX }) },
        ]}
      >
        <Input placeholder="中牟县科技志愿服务体系建设试点" />
      </Form.Item>
      <Form.Item name="level" label={t('level')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['city', 'county'] as const).map((value) => ({ value, label: levelLabel(value) }))}
        />
      </Form.Item>
      <RegionField
        dependencies={['level']}
        extraRules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const chosen = getFieldValue('level') as PilotLevel | undefined;
              if (typeof value !== 'string' || !/^\d{6}$/.test(value) || !chosen) return;
              if (regionLevel(value) !== chosen)
                throw new Error(chosen === 'city' ? t('regionLevelCity') : t('regionLevelCounty'));
            },
          }),
        ]}
      />
      <Form.Item
        name="fundedOn"
        label={t('fundedOn')}
        extra={t('fundedOnHint')}
        rules={[{ required: true, message: s('required', { field: t('fundedOn') }) }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        message={t('levelTargets', {
          level: levelLabel(level),
          teams: targets.teams.required,
          minMembers: targets.teams.minMembers,
          projects: targets.projects.required,
          activities: targets.activities.required,
          stations: targets.stations.required,
        })}
      />
    </FormModal>
  );
}
