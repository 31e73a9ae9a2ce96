import { CheckCircleFilled, CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { sixMustLabels, venueTypeLabels } from '../shared/labels';
import { RegionText } from '../shared/region-field';
import { RegisterHeader } from '../shared/register-header';
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
  const [creating, setCreating] = useState(false);
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
    { title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionText code={code} /> },
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
    <div>
      <RegisterHeader
        title={t('title')}
        searchPlaceholder={t('searchPlaceholder')}
        onSearch={setQ}
        onReload={stations.reload}
      >
        {canAdminister(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('newStation')}
          </Button>
        )}
      </RegisterHeader>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert error={stations.error} />
      <Table<Station>
        rowKey="id"
        columns={columns}
        dataSource={stations.items}
        loading={stations.loading}
        pagination={stations.pagination}
        scroll={{ x: 'max-content' }}
        data-testid="stations-table"
      />
      {canAdminister(me) && (
        <CreateStationModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            stations.reload();
          }}
        />
      )}
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
    </div>
  );
}
