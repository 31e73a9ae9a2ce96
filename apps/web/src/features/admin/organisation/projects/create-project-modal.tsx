import { Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { projectFieldLabels } from '../shared/labels';
import { useNameRules } from '../shared/name-rules';
import { PilotSelect } from '../shared/pilot-select';
import { RegionField } from '../shared/region-field';
import { TeamSelect } from '../shared/team-select';
import { PROJECT_FIELDS, type Project, type ProjectField, type Team } from '../shared/types';
import { useCreateForm } from '../shared/use-create-form';
import { projectsMessages } from './projects-messages';

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
  const field = useMessages(projectFieldLabels);
  const nameRules = useNameRules();
  const create = useCreateForm({
    send: (values: ProjectFormValues) =>
      api.post<Project>('/projects', {
        name: values.name.trim(),
        teamId: values.teamId,
        regionCode: values.regionCode,
        ...(values.pilotId ? { pilotId: values.pilotId } : {}),
        field: values.field,
      }),
    created: (project) => t('projectCreated', { name: project.name }),
    onCreated,
  });

  const teamPicked = (team: Team | undefined) => {
    if (!team) return;
    create.form.setFieldsValue({ regionCode: team.regionCode, pilotId: team.pilotId ?? undefined });
  };

  return (
    <FormModal<ProjectFormValues>
      {...create}
      title={t('newProject')}
      open={open}
      onCancel={onClose}
      testId="project-form"
    >
      <Form.Item name="name" label={t('name')} rules={nameRules(t('name'))}>
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
