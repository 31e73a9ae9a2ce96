import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { toShanghaiDateTime } from '../shared/business-time';
import { FormModal } from '../shared/form-modal';
import { ProjectSelect } from '../shared/project-select';
import { RegionField } from '../shared/region-field';
import { sharedMessages } from '../shared/shared-messages';
import { StationSelect } from '../shared/station-select';
import type { Activity, Project } from '../shared/types';
import { activitiesMessages } from './activities-messages';
import { ACTIVITY_MAX_DAYS, activityTimesProblem } from './activity-times';

const TITLE_MAX = 200;
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

interface ActivityFormValues {
  projectId: string;
  title: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  regionCode: string;
  stationId?: string;
}

/**
 * 新建活动 (administrators and organisers): under a project, at Beijing times, optionally at a
 * station. The answer names the campaigns the activity falls in, which the page then shows.
 */
export function CreateActivityModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (activity: Activity) => void;
}) {
  const t = useMessages(activitiesMessages);
  const s = useMessages(sharedMessages);
  const [form] = Form.useForm<ActivityFormValues>();
  const { run, busy } = useApiAction((values: ActivityFormValues) =>
    api.post<Activity>('/activities', {
      projectId: values.projectId,
      title: values.title.trim(),
      startsAt: toShanghaiDateTime(values.startsAt),
      endsAt: toShanghaiDateTime(values.endsAt),
      regionCode: values.regionCode,
      ...(values.stationId ? { stationId: values.stationId } : {}),
    }),
  );

  const projectPicked = (project: Project | undefined) => {
    if (project) form.setFieldsValue({ regionCode: project.regionCode });
  };

  return (
    <FormModal<ActivityFormValues>
      title={t('newActivity')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      testId="activity-form"
      onFinish={async (values) => {
        const activity = await run(values);
        if (!activity) return;
        form.resetFields();
        onCreated(activity);
      }}
    >
      <Form.Item
        name="projectId"
        label={t('project')}
        rules={[{ required: true, message: t('projectRequired') }]}
      >
        <ProjectSelect onPick={projectPicked} testId="activity-project" />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('activityTitle')}
        rules={[
          { required: true, whitespace: true, message: s('required', { field: t('activityTitle') }) },
          { max: TITLE_MAX, message: s('tooLong', { field: t('activityTitle'), max: TITLE_MAX }) },
        ]}
      >
        <Input placeholder="学雷锋科普进社区" />
      </Form.Item>
      <Form.Item
        name="startsAt"
        label={t('startsAt')}
        extra={t('timeHint')}
        rules={[{ required: true, message: s('required', { field: t('startsAt') }) }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={PICKER_FORMAT}
          needConfirm={false}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="endsAt"
        label={t('endsAt')}
        extra={t('timeHint')}
        dependencies={['startsAt']}
        rules={[
          { required: true, message: s('required', { field: t('endsAt') }) },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const start = getFieldValue('startsAt') as Dayjs | undefined;
              if (!value || !start) return;
              const problem = activityTimesProblem(toShanghaiDateTime(start), toShanghaiDateTime(value));
              if (problem === 'end-not-after-start') throw new Error(t('endNotAfterStart'));
              if (problem === 'too-long') throw new Error(t('tooLong', { days: ACTIVITY_MAX_DAYS }));
              if (problem === 'out-of-range') throw new Error(t('outOfRange'));
            },
          }),
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={PICKER_FORMAT}
          needConfirm={false}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="stationId" label={t('station')}>
        <StationSelect placeholder={t('stationOptional')} />
      </Form.Item>
      <RegionField />
    </FormModal>
  );
}
