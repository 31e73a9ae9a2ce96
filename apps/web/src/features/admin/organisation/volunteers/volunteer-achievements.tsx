import { App, Button, DatePicker, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiAction } from '../../../../components/use-api-action';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDate } from '../../../../i18n/dates';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { formatMinutes } from '../../workflows/shared/format';
import { businessToday } from '../shared/business-time';
import { FormModal } from '../shared/form-modal';
import { canOrganise } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import { achievementsMessages } from './achievements-messages';

/** The API's limits (TEXT_LIMITS, TRAINING_MAX_MINUTES). */
const COURSE_MAX = 200;
const TITLE_MAX = 200;
const AWARDED_BY_MAX = 200;
const TRAINING_MAX_MINUTES = 100 * 60;

export interface Training {
  readonly id: string;
  readonly course: string;
  readonly completedOn: string;
  readonly minutes: number;
}

export interface Commendation {
  readonly id: string;
  readonly title: string;
  readonly awardedBy: string;
  readonly awardedOn: string;
}

/** A business date not after today in Beijing (the API's DATE_IN_FUTURE). */
const notInFuture = (message: string) => ({
  validator: async (_rule: unknown, value: Dayjs | undefined) => {
    if (value && value.format('YYYY-MM-DD') > businessToday()) throw new Error(message);
  },
});

const futureDay = (day: Dayjs) => day.format('YYYY-MM-DD') > businessToday();

/** 培训记录: the volunteer's completed trainings; organisers and administrators add one. */
export function VolunteerTrainings({ volunteerId }: { volunteerId: string }) {
  const t = useMessages(achievementsMessages);
  const s = useMessages(sharedMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const path = `/volunteers/${encodeURIComponent(volunteerId)}/trainings`;
  const list = useApiQuery(() => api.get<{ items: Training[] }>(path), [path]);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ course: string; completedOn: Dayjs; minutes: number }>();
  const { run, busy } = useApiAction((values: { course: string; completedOn: Dayjs; minutes: number }) =>
    api.post<Training>(path, {
      course: values.course.trim(),
      completedOn: values.completedOn.format('YYYY-MM-DD'),
      minutes: values.minutes,
    }),
  );

  const columns: ColumnsType<Training> = [
    { title: t('course'), dataIndex: 'course' },
    {
      title: t('completedOn'),
      dataIndex: 'completedOn',
      render: (date: string) => formatDate(date, language),
    },
    {
      title: t('duration'),
      dataIndex: 'minutes',
      render: (minutes: number) => formatMinutes(minutes, language),
    },
  ];

  return (
    <div data-testid="volunteer-trainings" style={{ marginTop: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('trainings')}
        </Typography.Title>
        {canOrganise(me) && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('addTraining')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={list.error} />
      <Table<Training>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: t('noTrainings') }}
      />
      <FormModal<{ course: string; completedOn: Dayjs; minutes: number }>
        title={t('addTraining')}
        open={adding}
        form={form}
        busy={busy}
        onCancel={() => setAdding(false)}
        testId="training-form"
        onFinish={async (values) => {
          const training = await run(values);
          if (!training) return;
          void message.success(t('trainingAdded', { course: training.course }));
          form.resetFields();
          setAdding(false);
          list.reload();
        }}
      >
        <Form.Item
          name="course"
          label={t('course')}
          rules={[
            { required: true, whitespace: true, message: s('required', { field: t('course') }) },
            { max: COURSE_MAX, message: s('tooLong', { field: t('course'), max: COURSE_MAX }) },
          ]}
        >
          <Input placeholder="科普讲解员培训" />
        </Form.Item>
        <Form.Item
          name="completedOn"
          label={t('completedOn')}
          rules={[
            { required: true, message: t('dateRequired', { field: t('completedOn') }) },
            notInFuture(t('notInFuture')),
          ]}
        >
          <DatePicker format="YYYY-MM-DD" disabledDate={futureDay} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t('trainingMinutes')}
          rules={[
            { required: true, message: s('required', { field: t('trainingMinutes') }) },
            {
              type: 'integer',
              min: 1,
              max: TRAINING_MAX_MINUTES,
              message: t('minutesRange', { max: TRAINING_MAX_MINUTES }),
            },
          ]}
        >
          <InputNumber min={1} max={TRAINING_MAX_MINUTES} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </div>
  );
}

/** 表彰记录: the volunteer's commendations; organisers and administrators add one. */
export function VolunteerCommendations({ volunteerId }: { volunteerId: string }) {
  const t = useMessages(achievementsMessages);
  const s = useMessages(sharedMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const path = `/volunteers/${encodeURIComponent(volunteerId)}/commendations`;
  const list = useApiQuery(() => api.get<{ items: Commendation[] }>(path), [path]);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ title: string; awardedBy: string; awardedOn: Dayjs }>();
  const { run, busy } = useApiAction((values: { title: string; awardedBy: string; awardedOn: Dayjs }) =>
    api.post<Commendation>(path, {
      title: values.title.trim(),
      awardedBy: values.awardedBy.trim(),
      awardedOn: values.awardedOn.format('YYYY-MM-DD'),
    }),
  );

  const columns: ColumnsType<Commendation> = [
    { title: t('commendationTitle'), dataIndex: 'title' },
    { title: t('awardedBy'), dataIndex: 'awardedBy' },
    {
      title: t('awardedOn'),
      dataIndex: 'awardedOn',
      render: (date: string) => formatDate(date, language),
    },
  ];

  return (
    <div data-testid="volunteer-commendations" style={{ marginTop: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('commendations')}
        </Typography.Title>
        {canOrganise(me) && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('addCommendation')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={list.error} />
      <Table<Commendation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: t('noCommendations') }}
      />
      <FormModal<{ title: string; awardedBy: string; awardedOn: Dayjs }>
        title={t('addCommendation')}
        open={adding}
        form={form}
        busy={busy}
        onCancel={() => setAdding(false)}
        testId="commendation-form"
        onFinish={async (values) => {
          const commendation = await run(values);
          if (!commendation) return;
          void message.success(t('commendationAdded', { title: commendation.title }));
          form.resetFields();
          setAdding(false);
          list.reload();
        }}
      >
        <Form.Item
          name="title"
          label={t('commendationTitle')}
          rules={[
            { required: true, whitespace: true, message: s('required', { field: t('commendationTitle') }) },
            { max: TITLE_MAX, message: s('tooLong', { field: t('commendationTitle'), max: TITLE_MAX }) },
          ]}
        >
          <Input placeholder="优秀科技志愿者" />
        </Form.Item>
        <Form.Item
          name="awardedBy"
          label={t('awardedBy')}
          rules={[
            { required: true, whitespace: true, message: s('required', { field: t('awardedBy') }) },
            { max: AWARDED_BY_MAX, message: s('tooLong', { field: t('awardedBy'), max: AWARDED_BY_MAX }) },
          ]}
        >
          <Input placeholder="郑州市科学技术协会" />
        </Form.Item>
        <Form.Item
          name="awardedOn"
          label={t('awardedOn')}
          rules={[
            { required: true, message: t('dateRequired', { field: t('awardedOn') }) },
            notInFuture(t('notInFuture')),
          ]}
        >
          <DatePicker format="YYYY-MM-DD" disabledDate={futureDay} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
