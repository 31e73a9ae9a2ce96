import { App, Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { institutionKindLabels } from '../shared/labels';
import { PilotSelect } from '../shared/pilot-select';
import { RegionField } from '../shared/region-field';
import { sharedMessages } from '../shared/shared-messages';
import { INSTITUTION_KINDS, type InstitutionKind, type Team } from '../shared/types';
import { teamsMessages } from './teams-messages';

export const REGISTRATION_NO = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
const NAME_MAX = 100;

interface TeamFormValues {
  name: string;
  regionCode: string;
  pilotId?: string;
  institution: { kind: InstitutionKind; name: string };
  platformRegistrationNo?: string;
}

/** 新建服务队: formed with a partner institution, optionally counted toward a pilot. */
export function CreateTeamModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (team: Team) => void;
}) {
  const t = useMessages(teamsMessages);
  const s = useMessages(sharedMessages);
  const kind = useMessages(institutionKindLabels);
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamFormValues>();
  const { run, busy } = useApiAction((values: TeamFormValues) =>
    api.post<Team>('/teams', {
      name: values.name.trim(),
      regionCode: values.regionCode,
      ...(values.pilotId ? { pilotId: values.pilotId } : {}),
      institution: { kind: values.institution.kind, name: values.institution.name.trim() },
      ...(values.platformRegistrationNo?.trim()
        ? { platformRegistrationNo: values.platformRegistrationNo.trim() }
        : {}),
    }),
  );

  const submit = async (values: TeamFormValues) => {
    const team = await run(values);
    if (!team) return;
    void message.success(t('teamCreated', { name: team.name }));
    form.resetFields();
    onCreated(team);
  };

  const nameRules = (field: string) => [
    { required: true, whitespace: true, message: s('required', { field }) },
    { max: NAME_MAX, message: s('tooLong', { field, max: NAME_MAX }) },
  ];

  return (
    <FormModal<TeamFormValues>
      title={t('newTeam')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      onFinish={submit}
      testId="team-form"
    >
      <Form.Item name="name" label={t('name')} rules={nameRules(t('name'))}>
        <Input placeholder="郑州大学科技志愿服务队" />
      </Form.Item>
      <Form.Item
        name={['institution', 'kind']}
        label={t('institutionKind')}
        extra={t('institutionHint')}
        rules={[{ required: true, message: s('required', { field: t('institutionKind') }) }]}
      >
        <Select options={INSTITUTION_KINDS.map((value) => ({ value, label: kind(value) }))} />
      </Form.Item>
      <Form.Item
        name={['institution', 'name']}
        label={t('institutionName')}
        rules={nameRules(t('institutionName'))}
      >
        <Input placeholder="郑州大学" />
      </Form.Item>
      <RegionField />
      <Form.Item name="pilotId" label={t('pilot')}>
        <PilotSelect />
      </Form.Item>
      <Form.Item
        name="platformRegistrationNo"
        label={t('registration')}
        extra={t('registrationHint')}
        rules={[{ pattern: REGISTRATION_NO, message: t('registrationInvalid') }]}
      >
        <Input placeholder="DMZY-410122-0001" />
      </Form.Item>
    </FormModal>
  );
}
