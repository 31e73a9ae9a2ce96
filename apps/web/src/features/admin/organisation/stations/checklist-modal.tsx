import { App, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { sixMustLabels } from '../shared/labels';
import { sharedMessages } from '../shared/shared-messages';
import { SIX_MUSTS, type Checklist, type Station } from '../shared/types';
import { stationsMessages } from './stations-messages';

/** 核对六有: the whole checklist is sent at once (the API wants all six every time). */
export function ChecklistModal({
  station,
  onClose,
  onSaved,
}: {
  station: Station;
  onClose: () => void;
  onSaved: (station: Station) => void;
}) {
  const t = useMessages(stationsMessages);
  const s = useMessages(sharedMessages);
  const must = useMessages(sixMustLabels);
  const { message } = App.useApp();
  const [checklist, setChecklist] = useState<Checklist>(station.checklist);
  const { run, busy } = useApiAction((next: Checklist) =>
    api.put<Station>(`/stations/${encodeURIComponent(station.id)}/checklist`, next),
  );
  const save = async () => {
    const saved = await run(checklist);
    if (!saved) return;
    void message.success(
      t('checklistSaved', { name: saved.name, state: saved.meetsSixMusts ? t('nowMeets') : '' }),
    );
    onSaved(saved);
  };
  return (
    <Modal
      open
      title={t('checklistTitle', { name: station.name })}
      okText={s('save')}
      cancelText={s('cancel')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('checklistHint')}</Typography.Paragraph>
      <Space direction="vertical" data-testid="checklist">
        {SIX_MUSTS.map((name) => (
          <Checkbox
            key={name}
            checked={checklist[name]}
            data-testid={`must-${name}`}
            onChange={(event) => setChecklist((previous) => ({ ...previous, [name]: event.target.checked }))}
          >
            {must(name)}
          </Checkbox>
        ))}
      </Space>
    </Modal>
  );
}
