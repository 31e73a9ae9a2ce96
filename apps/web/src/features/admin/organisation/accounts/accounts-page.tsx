import { PlusOutlined } from '@ant-design/icons';
import { Button, Result, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { roleLabels } from '../shared/labels';
import { RegionText } from '../shared/region-field';
import { RegisterHeader } from '../shared/register-header';
import { canAdminister } from '../shared/roles';
import { ROLES, type Account, type Partner, type Volunteer } from '../shared/types';
import { useNames } from '../shared/use-names';
import { usePagedList } from '../shared/use-paged-list';
import { accountsMessages } from './accounts-messages';
import { CreateAccountModal } from './create-account-modal';

type Role = (typeof ROLES)[number];

const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  organiser: 'blue',
  auditor: 'purple',
  partner: 'gold',
  volunteer: 'green',
};

/** 账号 (administrators only): who may sign in, in which role and region. */
export function AccountsPage() {
  const t = useMessages(accountsMessages);
  const me = useMe();
  return canAdminister(me) ? <AccountsRegister /> : <Result status="403" subTitle={t('adminsOnly')} />;
}

function AccountsRegister() {
  const t = useMessages(accountsMessages);
  const role = useMessages(roleLabels);
  const [q, setQ] = useState('');
  const [roleFilter, setRoleFilter] = useState<Role>();
  const [creating, setCreating] = useState(false);
  const accounts = usePagedList<Account>('/accounts', { q, role: roleFilter });
  const partnerNames = useNames<Partner>(
    '/partners',
    accounts.items.map((account) => account.partnerId),
    (partner) => partner.name,
  );
  const volunteerNames = useNames<Volunteer>(
    '/volunteers',
    accounts.items.map((account) => account.volunteerId),
    (volunteer) => `${volunteer.name}（${volunteer.volunteerNo}）`,
  );

  const columns: ColumnsType<Account> = [
    { title: t('username'), dataIndex: 'username', render: (name: string) => <code>{name}</code> },
    {
      title: t('role'),
      dataIndex: 'role',
      render: (value: Role) => <Tag color={ROLE_COLORS[value]}>{role(value)}</Tag>,
    },
    { title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionText code={code} /> },
    {
      title: t('linked'),
      key: 'linked',
      render: (_, account) =>
        account.partnerId
          ? (partnerNames.get(account.partnerId) ?? '—')
          : account.volunteerId
            ? (volunteerNames.get(account.volunteerId) ?? '—')
            : '—',
    },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (status: Account['status']) =>
        status ? <Tag color={status === 'active' ? 'success' : 'default'}>{t(status)}</Tag> : '—',
    },
    {
      title: t('registeredAt'),
      dataIndex: 'registeredAt',
      render: (at: string | undefined) => (at ? new Date(at).toLocaleString() : '—'),
    },
  ];

  return (
    <div>
      <RegisterHeader
        title={t('title')}
        searchPlaceholder={t('searchPlaceholder')}
        onSearch={setQ}
        onReload={accounts.reload}
      >
        <Select<Role>
          allowClear
          placeholder={t('allRoles')}
          value={roleFilter}
          onChange={setRoleFilter}
          options={ROLES.map((value) => ({ value, label: role(value) }))}
          style={{ width: 140 }}
          data-testid="role-filter"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('newAccount')}
        </Button>
      </RegisterHeader>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert error={accounts.error} />
      <Table<Account>
        rowKey="id"
        columns={columns}
        dataSource={accounts.items}
        loading={accounts.loading}
        pagination={accounts.pagination}
        scroll={{ x: 'max-content' }}
        data-testid="accounts-table"
      />
      <CreateAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          accounts.reload();
        }}
      />
    </div>
  );
}
