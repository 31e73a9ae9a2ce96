import { Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { venueTypeLabels } from '../shared/labels';
import { useNameRules } from '../shared/name-rules';
import { RegionField } from '../shared/region-field';
import { PARTNER_VENUE_TYPES, type Partner, type PartnerVenueType } from '../shared/types';
import { useCreateForm } from '../shared/use-create-form';
import { partnersMessages } from './partners-messages';

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
  const venue = useMessages(venueTypeLabels);
  const nameRules = useNameRules();
  const create = useCreateForm({
    send: (values: PartnerFormValues) =>
      api.post<Partner>('/partners', { ...values, name: values.name.trim() }),
    created: (partner) => t('partnerCreated', { name: partner.name }),
    onCreated,
  });
  return (
    <FormModal<PartnerFormValues>
      {...create}
      title={t('newPartner')}
      open={open}
      onCancel={onClose}
      testId="partner-form"
    >
      <Form.Item name="name" label={t('name')} rules={nameRules(t('name'))}>
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
