import { App, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { sharedMessages } from '../shared/shared-messages';
import type { Benefit, Partner } from '../shared/types';
import { partnersMessages } from './partners-messages';

/** The API's bounds (CreateBenefitDto). */
const TITLE_MAX = 200;
const MAX_POINTS_COST = 1_000_000;
const MAX_STOCK = 1_000_000;

interface BenefitFormValues {
  title: string;
  pointsCost: number;
  minStarLevel: number;
  stock: number;
  perVolunteerLimit: number;
  validFrom: Dayjs;
  validTo: Dayjs;
}

/** A whole number within [min, max]; an empty field is left to the `required` rule. */
const wholeNumber = (min: number, max: number, message: string): Rule => ({
  validator: async (_rule, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw new Error(message);
  },
});

/**
 * 新增权益: what it costs, who may take it, how many there are, for how long. Every bound is checked
 * here before anything is sent: cost above 0, stock 0 or more, star level 0–5, at least one per
 * volunteer, and a validity window whose end is not before its start.
 */
export function CreateBenefitModal({
  partner,
  open,
  onClose,
  onCreated,
}: {
  partner: Pick<Partner, 'id' | 'name'>;
  open: boolean;
  onClose: () => void;
  onCreated: (benefit: Benefit) => void;
}) {
  const t = useMessages(partnersMessages);
  const s = useMessages(sharedMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<BenefitFormValues>();
  const { run, busy } = useApiAction((values: BenefitFormValues) =>
    api.post<Benefit>(`/partners/${encodeURIComponent(partner.id)}/benefits`, {
      title: values.title.trim(),
      pointsCost: values.pointsCost,
      minStarLevel: values.minStarLevel,
      stock: values.stock,
      perVolunteerLimit: values.perVolunteerLimit,
      validFrom: values.validFrom.format('YYYY-MM-DD'),
      validTo: values.validTo.format('YYYY-MM-DD'),
    }),
  );
  const required = (field: string): Rule => ({ required: true, message: s('required', { field }) });

  return (
    <FormModal<BenefitFormValues>
      title={`${t('newBenefit')} · ${partner.name}`}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      testId="benefit-form"
      initialValues={{ minStarLevel: 0, perVolunteerLimit: 1 }}
      onFinish={async (values) => {
        const benefit = await run(values);
        if (!benefit) return;
        void message.success(t('benefitCreated', { title: benefit.title }));
        form.resetFields();
        onCreated(benefit);
      }}
    >
      <Form.Item
        name="title"
        label={t('benefitTitle')}
        rules={[
          { required: true, whitespace: true, message: s('required', { field: t('benefitTitle') }) },
          { max: TITLE_MAX, message: s('tooLong', { field: t('benefitTitle'), max: TITLE_MAX }) },
        ]}
      >
        <Input placeholder="科技馆特展门票一张" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="pointsCost"
            label={t('pointsCost')}
            rules={[
              required(t('pointsCost')),
              wholeNumber(1, MAX_POINTS_COST, t('pointsCostInvalid', { max: MAX_POINTS_COST })),
            ]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="minStarLevel"
            label={t('minStarLevel')}
            rules={[required(t('minStarLevel')), wholeNumber(0, 5, t('minStarInvalid'))]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="stock"
            label={t('stock')}
            rules={[required(t('stock')), wholeNumber(0, MAX_STOCK, t('stockInvalid', { max: MAX_STOCK }))]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="perVolunteerLimit"
            label={t('perVolunteerLimit')}
            rules={[required(t('perVolunteerLimit')), wholeNumber(1, MAX_STOCK, t('limitInvalid'))]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="validFrom" label={t('validFrom')} rules={[required(t('validFrom'))]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="validTo"
            label={t('validTo')}
            dependencies={['validFrom']}
            rules={[
              required(t('validTo')),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | undefined) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  if (value && from && value.format('YYYY-MM-DD') < from.format('YYYY-MM-DD'))
                    throw new Error(t('validToBeforeFrom'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
