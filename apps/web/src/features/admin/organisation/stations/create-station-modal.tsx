import { Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { venueTypeLabels } from '../shared/labels';
import { useNameRules } from '../shared/name-rules';
import { PilotSelect } from '../shared/pilot-select';
import { RegionField } from '../shared/region-field';
import { VENUE_TYPES, type Station, type VenueType } from '../shared/types';
import { useCreateForm } from '../shared/use-create-form';
import { stationsMessages } from './stations-messages';

interface StationFormValues {
  name: string;
  regionCode: string;
  pilotId?: string;
  venueType: VenueType;
}

/** 新建站点: where it sits; the six musts are checked afterwards, one by one. */
export function CreateStationModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (station: Station) => void;
}) {
  const t = useMessages(stationsMessages);
  const venue = useMessages(venueTypeLabels);
  const nameRules = useNameRules();
  const create = useCreateForm({
    send: (values: StationFormValues) =>
      api.post<Station>('/stations', {
        name: values.name.trim(),
        regionCode: values.regionCode,
        ...(values.pilotId ? { pilotId: values.pilotId } : {}),
        venueType: values.venueType,
      }),
    created: (station) => t('stationCreated', { name: station.name }),
    onCreated,
  });
  return (
    <FormModal<StationFormValues>
      {...create}
      title={t('newStation')}
      open={open}
      onCancel={onClose}
      testId="station-form"
    >
      <Form.Item name="name" label={t('name')} rules={nameRules(t('name'))}>
        <Input placeholder="中牟县科技馆科技志愿服务站" />
      </Form.Item>
      <Form.Item
        name="venueType"
        label={t('venueType')}
        extra={t('venueTypeHint')}
        rules={[{ required: true, message: t('venueTypeRequired') }]}
      >
        <Select options={VENUE_TYPES.map((value) => ({ value, label: venue(value) }))} />
      </Form.Item>
      <RegionField />
      <Form.Item name="pilotId" label={t('pilot')}>
        <PilotSelect />
      </Form.Item>
    </FormModal>
  );
}
