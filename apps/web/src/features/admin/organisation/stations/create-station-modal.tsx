import { App, Form, Input, Select } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { FormModal } from '../shared/form-modal';
import { venueTypeLabels } from '../shared/labels';
import { PilotSelect } from '../shared/pilot-select';
import { RegionField } from '../shared/region-field';
import { sharedMessages } from '../shared/shared-messages';
import { VENUE_TYPES, type Station, type VenueType } from '../shared/types';
import { stationsMessages } from './stations-messages';

const NAME_MAX = 100;

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
  const s = useMessages(sharedMessages);
  const venue = useMessages(venueTypeLabels);
  const { message } = App.useApp();
  const [form] = Form.useForm<StationFormValues>();
  const { run, busy } = useApiAction((values: StationFormValues) =>
    api.post<Station>('/stations', {
      name: values.name.trim(),
      regionCode: values.regionCode,
      ...(values.pilotId ? { pilotId: values.pilotId } : {}),
      venueType: values.venueType,
    }),
  );
  return (
    <FormModal<StationFormValues>
      title={t('newStation')}
      open={open}
      form={form}
      busy={busy}
      onCancel={onClose}
      testId="station-form"
      onFinish={async (values) => {
        const station = await run(values);
        if (!station) return;
        void message.success(t('stationCreated', { name: station.name }));
        form.resetFields();
        onCreated(station);
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
