import { App, Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { projectFieldLabels } from '../shared/labels';
import { PilotSelect } from '../shared/pilot-select';
import { RegionField } from '../shared/region-field';
import { sharedMessages } from '../shared/shared-messages';
import { TeamSelect } from '../shared/team-select';
import { PROJECT_FIELDS, type Project, type ProjectField, type Team } from '../shared/types';
import { projectsMessages } from './projects-messages';

const NAME_MAX = 100;

interface ProjectFormValues {
  name: string;
  teamId: string;
  regionCode: string;
  pilotId?: string;
  field: ProjectField;
}

/** 新建项目: designed and run by one team; its region and pilot start as the team's. */
export function CreateProjectModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (project: Project) => void;
}) {
  const t = useMessages(projectsMessages);
  const s = useMessages(sharedMessages);
  const field = useMessages(projectFieldLabels);
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const { run, busy } = useApiAction((values: ProjectFormValues) =>
    api.post<Project>('/projects', {
      name: values.name.trim(),
      teamId: values.teamId,
      regionCode: values.regionCode,
      ...(values.pilotId ? { pilotId: values.pilotId } : {}),
      field: values.field,
    }),
  );

  const teamPicked = (team: Team | undefined) => {
    if (!team) return;
    form.setFieldsValue({ regionCode: team.regionCode, pilotId: team.pilotId ?? undefined });
  };

  return (
    <FormModal<ProjectFormValues>
      title={t('newProject')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      testId="project-form"
      onFinish={async (values) => {
        const project = await run(values);
        if (!project) return;
        void message.success(t('projectCreated', { name: project.name }));
        form.resetFields();
        onCreated(project);
      }}
    >
      <Form.Item
        name="name"
        label={t('name')}
        rules={[
          { required: true, whitespace: true, message: s('required', { field: t('name') }) },
          { max: NAME_MAX, message: s('tooLong', { field: t('name'), max: NAME_MAX }) },
        ]}
      >
        <Input placeholder="乡村振兴科技服务行" />
      </Form.Item>
      <Form.Item
        name="field"
        label={t('field')}
        extra={t('fieldHint')}
        rules={[{ required: true, message: t('fieldRequired') }]}
      >
        <Select options={PROJECT_FIELDS.map((value) => ({ value, label: field(value) }))} />
      </Form.Item>
      <Form.Item name="teamId" label={t('team')} rules={[{ required: true, message: t('teamRequired') }]}>
        <TeamSelect onPick={teamPicked} />
      </Form.Item>
      <RegionField />
      <Form.Item name="pilotId" label={t('pilot')}>
        <PilotSelect />
      </Form.Item>
    </FormModal>
  );
}
