import { Button, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateRangeField } from '../../../components/date-range-field';
import { useMessages } from '../../../i18n/messages';
import { businessToday } from '../../venue/shared/format';
import type { CertificateRequest } from '../volunteer-api';
import { certificateMessages } from './certificate-messages';
import { PURPOSE_MAX_LENGTH, periodProblem } from './certificate-period';

interface Values {
  period?: [Dayjs | null, Dayjs | null] | null;
  purpose?: string;
}

const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

export interface CertificateRequestFormProps {
  /** Resolves true once the certificate is issued: the form then clears, so a second click asks anew. */
  readonly onRequest: (request: CertificateRequest) => Promise<boolean | undefined>;
  readonly busy?: boolean;
  /** Today in Asia/Shanghai; a parameter so tests can fix it. */
  readonly today?: string;
}

/** The period (first and last day, none in the future) and an optional purpose. */
export function CertificateRequestForm({
  onRequest,
  busy,
  today = businessToday(),
}: CertificateRequestFormProps) {
  const t = useMessages(certificateMessages);
  const [form] = Form.useForm<Values>();
  const submit = async ({ period, purpose }: Values) => {
    const trimmed = purpose?.trim();
    const issued = await onRequest({
      from: day(period?.[0])!,
      to: day(period?.[1])!,
      ...(trimmed ? { purpose: trimmed } : {}),
    });
    if (issued) form.resetFields();
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      name="certificate-request"
      style={{ maxWidth: 480 }}
    >
      <Form.Item
        label={t('period')}
        name="period"
        required
        rules={[
          {
            validator: async (_, value: Values['period']) => {
              const problem = periodProblem(day(value?.[0]), day(value?.[1]), today);
              if (problem) throw new Error(t(problem));
            },
          },
        ]}
      >
        <DateRangeField
          placeholder={[t('periodStart'), t('periodEnd')]}
          disabledDate={(date) => date.format('YYYY-MM-DD') > today}
        />
      </Form.Item>
      <Form.Item
        label={t('purpose')}
        name="purpose"
        rules={[{ max: PURPOSE_MAX_LENGTH, message: t('purposeTooLong', { max: PURPOSE_MAX_LENGTH }) }]}
      >
        <Input placeholder={t('purposePlaceholder')} maxLength={PURPOSE_MAX_LENGTH} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('request')}
      </Button>
    </Form>
  );
}
