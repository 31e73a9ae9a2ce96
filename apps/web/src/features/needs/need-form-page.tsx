import { Alert, Button, Card, Checkbox, Form, Input, Result, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DateRangeField, type DateRange } from '../../components/date-range-field';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { describeProblem } from '../../i18n/problem-messages';
import { projectFieldLabels } from '../admin/organisation/shared/labels';
import { NEED_FIELDS, submitNeed, type NeedField, type NeedReceipt } from './needs-api';
import { publicNeedMessages } from './needs-messages';
import { PublicFrame } from './public-frame';
import { RegionChain } from './region-chain';

interface NeedFormValues {
  title: string;
  description: string;
  field: NeedField;
  regionCode: string;
  name: string;
  phone: string;
  organisation?: string;
  preferred?: DateRange;
  consent?: boolean;
}

const day = (date: Dayjs | null | undefined) => (date ? date.format('YYYY-MM-DD') : undefined);

/** 群众点单: anyone asks for a service without an account, on a phone first. */
export function NeedFormPage() {
  const t = useMessages(publicNeedMessages);
  const fields = useMessages(projectFieldLabels);
  const { language } = useLanguage();
  const [form] = Form.useForm<NeedFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [receipt, setReceipt] = useState<NeedReceipt>();

  const submit = async (values: NeedFormValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const organisation = values.organisation?.trim();
      const [from, to] = values.preferred ?? [null, null];
      setReceipt(
        await submitNeed({
          title: values.title.trim(),
          description: values.description.trim(),
          field: values.field,
          regionCode: values.regionCode,
          requester: {
            name: values.name.trim(),
            phone: values.phone.trim(),
            ...(organisation ? { organisation } : {}),
          },
          ...(from ? { preferredFrom: day(from) } : {}),
          ...(to ? { preferredTo: day(to) } : {}),
          consent: true,
        }),
      );
      form.resetFields();
    } catch (failure) {
      setError(describeProblem(failure, language));
    } finally {
      setBusy(false);
    }
  };

  if (receipt) {
    return (
      <PublicFrame title={t('submitted')}>
        <Result status="success" title={t('submitted')} style={{ padding: '8px 0' }} />
        <Alert type="warning" showIcon message={t('saveOnce')} style={{ marginBottom: 16 }} role="alert" />
        <Card size="small">
          <Typography.Paragraph>
            {t('trackingNo')}：
            <Typography.Text strong copyable={{ text: receipt.trackingNo }} data-testid="tracking-no">
              {receipt.trackingNo}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t('accessToken')}：
            <Typography.Text strong code copyable={{ text: receipt.accessToken }} data-testid="access-token">
              {receipt.accessToken}
            </Typography.Text>
          </Typography.Paragraph>
        </Card>
        <div style={{ display: 'flex', gap: 12, marginTop: 16, flexWrap: 'wrap' }}>
          <Link to={`/needs/track?no=${encodeURIComponent(receipt.trackingNo)}`}>{t('follow')}</Link>
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setReceipt(undefined)}>
            {t('another')}
          </Button>
        </div>
      </PublicFrame>
    );
  }

  return (
    <PublicFrame title={t('formTitle')} hint={t('formHint')}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<NeedFormValues> form={form} layout="vertical" name="need" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="title"
          label={t('title')}
          rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('description')}
          rules={[{ required: true, whitespace: true, message: t('descriptionRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="field" label={t('field')} rules={[{ required: true, message: t('fieldRequired') }]}>
          <Select
            aria-label={t('field')}
            options={NEED_FIELDS.map((value) => ({ value, label: fields(value) }))}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('region')}
          rules={[{ required: true, message: t('regionRequired') }]}
        >
          <RegionChain />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
        >
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('phone')}
          rules={[{ required: true, pattern: /^\s*1\d{10}\s*$/, message: t('phoneRequired') }]}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="tel" />
        </Form.Item>
        <Form.Item name="organisation" label={t('organisation')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="preferred" label={t('preferred')}>
          <DateRangeField placeholder={[t('preferredFrom'), t('preferredTo')]} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('privacy')}
        </Typography.Paragraph>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: (_, checked) =>
                checked ? Promise.resolve() : Promise.reject(new Error(t('consentRequired'))),
            },
          ]}
        >
          <Checkbox>{t('consent')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('submit')}
        </Button>
      </Form>
    </PublicFrame>
  );
}
