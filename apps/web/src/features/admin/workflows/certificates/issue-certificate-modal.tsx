import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import type { Certificate } from '../shared/api-types';
import { shanghaiToday } from '../shared/format';
import { VolunteerSelect } from '../shared/volunteer-select';
import { certificateMessages } from './certificate-messages';

/** The API's limit on a certificate's purpose. */
export const PURPOSE_MAX_LENGTH = 200;

interface IssueForm {
  volunteerId: string;
  period?: [Dayjs, Dayjs] | null;
  purpose?: string;
}

/** `POST /certificates {volunteerId, from?, to?, purpose?}` for a volunteer of the region. */
export function IssueCertificateModal({
  open,
  onClose,
  onIssued,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onIssued: (certificate: Certificate) => void;
}) {
  const t = useMessages(certificateMessages);
  const [form] = Form.useForm<IssueForm>();
  const issue = useApiAction((values: IssueForm) => {
    const purpose = values.purpose?.trim();
    return api.post<Certificate>('/certificates', {
      volunteerId: values.volunteerId,
      ...(values.period
        ? { from: values.period[0].format('YYYY-MM-DD'), to: values.period[1].format('YYYY-MM-DD') }
        : {}),
      ...(purpose ? { purpose } : {}),
    });
  });

  const submit = async () => {
    const values = await form.validateFields();
    const certificate = await issue.run(values);
    if (certificate) {
      form.resetFields();
      onIssued(certificate);
    }
  };

  const today = shanghaiToday();
  return (
    <Modal
      open={open}
      title={t('issueTitle')}
      okText={t('issueOk')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: issue.busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} name="issue-certificate" layout="vertical">
        <Form.Item
          name="volunteerId"
          label={t('volunteer')}
          rules={[{ required: true, message: t('volunteerRequired') }]}
        >
          <VolunteerSelect />
        </Form.Item>
        <Form.Item name="period" label={t('period')} extra={t('periodHelp')}>
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            allowEmpty={[false, false]}
            disabledDate={(day) => day.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('purpose')}
          rules={[{ max: PURPOSE_MAX_LENGTH, message: t('purposeTooLong', { max: PURPOSE_MAX_LENGTH }) }]}
        >
          <Input maxLength={PURPOSE_MAX_LENGTH} showCount placeholder={t('purposePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
