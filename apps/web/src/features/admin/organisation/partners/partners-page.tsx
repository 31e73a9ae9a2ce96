import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { buttonColumn, regionColumn } from '../shared/columns';
import { venueTypeLabels } from '../shared/labels';
import { OpenLink } from '../shared/open-link';
import { RegisterPage } from '../shared/register-page';
import { canAdminister } from '../shared/roles';
import type { Partner } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { BenefitsDrawer } from './benefits-drawer';
import { CreatePartnerModal } from './create-partner-modal';
import { partnersMessages } from './partners-messages';

/** 合作场馆: the partner venues of the region and the benefits each offers. */
export function PartnersPage() {
  const t = useMessages(partnersMessages);
  const venue = useMessages(venueTypeLabels);
  const me = useMe();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<Partner>();
  const partners = usePagedList<Partner>('/partners', { q: q || undefined });

  const columns: ColumnsType<Partner> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, partner) => <OpenLink onClick={() => setOpen(partner)}>{name}</OpenLink>,
    },
    { title: t('venueType'), dataIndex: 'venueType', render: (value: Partner['venueType']) => venue(value) },
    regionColumn(t('region')),
    { title: t('benefitCount'), dataIndex: 'benefitCount', align: 'right' },
    buttonColumn<Partner>(t('actions'), t('benefits'), setOpen),
  ];

  return (
    <RegisterPage<Partner>
      title={t('title')}
      searchPlaceholder={t('searchPlaceholder')}
      onSearch={setQ}
      intro={t('intro')}
      list={partners}
      columns={columns}
      testId="partners-table"
      create={
        canAdminister(me)
          ? {
              label: t('newPartner'),
              dialog: ({ open, onClose, finish }) => (
                <CreatePartnerModal open={open} onClose={onClose} onCreated={finish} />
              ),
            }
          : undefined
      }
    >
      <BenefitsDrawer partner={open} onClose={() => setOpen(undefined)} onChanged={partners.reload} />
    </RegisterPage>
  );
}
