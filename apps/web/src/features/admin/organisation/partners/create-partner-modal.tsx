import { App, Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { venueTypeLabels } from '../shared/labels';
import { RegionField } from '../shared/region-field';
import { sharedMessages } from '../shared/shared-messages';
import { PARTNER_VENUE_TYPES, type Partner, type PartnerVenueType } from '../shared/types';
import { partnersMessages } from './partners-messages';

const NAME_MAX = 100;

interface PartnerFormValues {
  name: string;
  regionCode: string;
  venueType: PartnerVenueType;
}

/** 新建合作场馆 (administrators). */
export function CreatePartnerModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (partner: Partner) => void;
}) {
  const t = useMessages(partnersMessages);
  const s = useMessages(sharedMessages);
  const venue = useMessages(venueTypeLabels);
  const { message } = App.useApp();
  const [form] = Form.useForm<PartnerFormValues>();
  const { run, busy } = useApiAction((values: PartnerFormValues) =>
    api.post<Partner>('/partners', { ...values, name: values.name.trim() }),
  );
  return (
    <FormModal<PartnerFormValues>
      title={t('newPartner')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      testId="partner-form"
      onFinish={async (values) => {
        const partner = await run(values);
        if (!partner) return;
        void message.success(t('partnerCreated', { name: partner.name }));
        form.resetFields();
        onCreated(partner);
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
        <Input placeholder="郑州科学技术馆" />
      </Form.Item>
      <Form.Item
        name="venueType"
        label={t('venueType')}
        rules={[{ required: true, message: t('venueTypeRequired') }]}
      >
        <Select options={PARTNER_VENUE_TYPES.map((value) => ({ value, label: venue(value) }))} />
      </Form.Item>
      <RegionField />
    </FormModal>
  );
}
