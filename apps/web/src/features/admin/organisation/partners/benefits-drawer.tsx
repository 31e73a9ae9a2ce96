import { PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Segmented, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { canAdminister } from '../shared/roles';
import type { Benefit, Partner } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { CreateBenefitModal } from './create-benefit-modal';
import { partnersMessages } from './partners-messages';

type ActiveFilter = 'all' | 'true' | 'false';

/** A partner's benefits, with the stock left; administrators add new ones. */
export function BenefitsDrawer({
  partner,
  onClose,
  onChanged,
}: {
  partner: Partner | undefined;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useMessages(partnersMessages);
  const me = useMe();
  const [active, setActive] = useState<ActiveFilter>('all');
  const [creating, setCreating] = useState(false);
  const benefits = usePagedList<Benefit>(
    partner ? `/partners/${encodeURIComponent(partner.id)}/benefits` : undefined,
    { active: active === 'all' ? undefined : active },
    10,
  );

  const columns: ColumnsType<Benefit> = [
    { title: t('benefitTitle'), dataIndex: 'title' },
    { title: t('pointsCost'), dataIndex: 'pointsCost', align: 'right' },
    {
      title: t('minStarLevel'),
      dataIndex: 'minStarLevel',
      render: (level: number) => (level > 0 ? t('stars', { level }) : t('noStarLimit')),
    },
    {
      title: t('stockLeft'),
      key: 'stock',
      align: 'right',
      render: (_, benefit) => (
        <Tag color={benefit.stockLeft > 0 ? 'success' : 'error'}>
          {benefit.stockLeft} / {benefit.stock}
        </Tag>
      ),
    },
    { title: t('perVolunteerLimit'), dataIndex: 'perVolunteerLimit', align: 'right' },
    {
      title: t('validity'),
      key: 'validity',
      render: (_, benefit) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {benefit.validFrom} ~ {benefit.validTo}
        </span>
      ),
    },
  ];

  return (
    <Drawer
      open={partner !== undefined}
      onClose={onClose}
      title={partner ? t('drawerTitle', { name: partner.name }) : t('benefits')}
      width={760}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
      data-testid="benefits-drawer"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<ActiveFilter>
          value={active}
          onChange={setActive}
          options={[
            { value: 'all', label: t('activeAll') },
            { value: 'true', label: t('activeNow') },
            { value: 'false', label: t('activeNot') },
          ]}
        />
        {partner && canAdminister(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('newBenefit')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={benefits.error} />
      <Table<Benefit>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={benefits.items}
        loading={benefits.loading}
        pagination={benefits.pagination}
        scroll={{ x: 'max-content' }}
        data-testid="benefits-table"
      />
      {partner && canAdminister(me) && (
        <CreateBenefitModal
          partner={partner}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            benefits.reload();
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}
