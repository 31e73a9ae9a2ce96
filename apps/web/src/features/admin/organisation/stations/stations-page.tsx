import { CheckCircleFilled, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { regionColumn } from '../shared/columns';
import { sixMustLabels, venueTypeLabels } from '../shared/labels';
import { RegisterPage } from '../shared/register-page';
import { canAdminister } from '../shared/roles';
import { SIX_MUSTS, type Pilot, type Station } from '../shared/types';
import { useNames } from '../shared/use-names';
import { usePagedList } from '../shared/use-paged-list';
import { ChecklistModal } from './checklist-modal';
import { CreateStationModal } from './create-station-modal';
import { stationsMessages } from './stations-messages';

/** 科技志愿服务站点: each station with its six musts; ✓ when all six hold. */
export function StationsPage() {
  const t = useMessages(stationsMessages);
  const must = useMessages(sixMustLabels);
  const venue = useMessages(venueTypeLabels);
  const me = useMe();
  const [q, setQ] = useState('');
  const [checking, setChecking] = useState<Station>();
  const stations = usePagedList<Station>('/stations', { q });
  const pilotNames = useNames<Pilot>(
    '/pilots',
    stations.items.map((station) => station.pilotId),
    (pilot) => pilot.name,
  );

  const columns: ColumnsType<Station> = [
    { title: t('name'), dataIndex: 'name' },
    { title: t('venueType'), dataIndex: 'venueType', render: (value: Station['venueType']) => venue(value) },
    regionColumn(t('region')),
    {
      title: t('sixMusts'),
      key: 'checklist',
      render: (_, station) => (
        <Space size={2} wrap data-testid="station-checklist">
          {SIX_MUSTS.map((name) => (
            <Tag
              key={name}
              color={station.checklist[name] ? 'success' : 'default'}
              icon={station.checklist[name] ? <CheckOutlined /> : <CloseOutlined />}
              data-testid={`must-${name}`}
              data-checked={station.checklist[name]}
            >
              {must(name)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('meets'),
      dataIndex: 'meetsSixMusts',
      render: (meets: boolean, station) =>
        meets ? (
          <Typography.Text type="success" data-testid="meets-six-musts">
            <CheckCircleFilled /> {t('meetsYes')}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning">
            {t('meetsNo', { missing: SIX_MUSTS.filter((name) => !station.checklist[name]).length })}
          </Typography.Text>
        ),
    },
    {
      title: t('pilot'),
      dataIndex: 'pilotId',
      render: (id: string | null | undefined) => (id ? (pilotNames.get(id) ?? '—') : '—'),
    },
    ...(canAdminister(me)
      ? [
          {
            title: t('actions'),
            key: 'actions',
            render: (_: unknown, station: Station) => (
              <Tooltip title={t('checklistHint')}>
                <Button size="small" onClick={() => setChecking(station)}>
                  {t('editChecklist')}
                </Button>
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <RegisterPage<Station>
      title={t('title')}
      searchPlaceholder={t('searchPlaceholder')}
      onSearch={setQ}
      intro={t('intro')}
      list={stations}
      columns={columns}
      testId="stations-table"
      create={
        canAdminister(me)
          ? {
              label: t('newStation'),
              dialog: ({ open, onClose, finish }) => (
                <CreateStationModal open={open} onClose={onClose} onCreated={finish} />
              ),
            }
          : undefined
      }
    >
      {checking && (
        <ChecklistModal
          station={checking}
          onClose={() => setChecking(undefined)}
          onSaved={() => {
            setChecking(undefined);
            stations.reload();
          }}
        />
      )}
    </RegisterPage>
  );
}
