import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { venueTypeLabels } from '../shared/labels';
import { RegionText } from '../shared/region-field';
import { RegisterHeader } from '../shared/register-header';
import { canAdminister } from '../shared/roles';
import type { Partner } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { OpenLink } from '../shared/open-link';
import { BenefitsDrawer } from './benefits-drawer';
import { CreatePartnerModal } from './create-partner-modal';
import { partnersMessages } from './partners-messages';

/** 合作场馆: the partner venues of the region and the benefits each offers. */
export function PartnersPage() {
  const t = useMessages(partnersMessages);
  const venue = useMessages(venueTypeLabels);
  const me = useMe();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Partner>();
  const partners = usePagedList<Partner>('/partners', { q: q || undefined });

  const columns: ColumnsType<Partner> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, partner) => <OpenLink onClick={() => setOpen(partner)}>{name}</OpenLink>,
    },
    { title: t('venueType'), dataIndex: 'venueType', render: (value: Partner['venueType']) => venue(value) },
    { title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionText code={code} /> },
    { title: t('benefitCount'), dataIndex: 'benefitCount', align: 'right' },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, partner) => (
        <Button size="small" onClick={() => setOpen(partner)}>
          {t('benefits')}
        </Button>
      ),
    },
  ];

  return (
    <div>
      <RegisterHeader
        title={t('title')}
        searchPlaceholder={t('searchPlaceholder')}
        onSearch={setQ}
        onReload={partners.reload}
      >
        {canAdminister(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('newPartner')}
          </Button>
        )}
      </RegisterHeader>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert error={partners.error} />
      <Table<Partner>
        rowKey="id"
        columns={columns}
        dataSource={partners.items}
        loading={partners.loading}
        pagination={partners.pagination}
        scroll={{ x: 'max-content' }}
        data-testid="partners-table"
      />
      {canAdminister(me) && (
        <CreatePartnerModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            partners.reload();
          }}
        />
      )}
      <BenefitsDrawer partner={open} onClose={() => setOpen(undefined)} onChanged={partners.reload} />
    </div>
  );
}
