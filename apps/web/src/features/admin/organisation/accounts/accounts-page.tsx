import { Result, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { formatDateTime } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { regionColumn } from '../shared/columns';
import { roleLabels } from '../shared/labels';
import { RegisterPage } from '../shared/register-page';
import { canAdminister } from '../shared/roles';
import { ROLES, type Account, type Partner, type Volunteer } from '../shared/types';
import { useNames } from '../shared/use-names';
import { usePagedList } from '../shared/use-paged-list';
import { accountsMessages } from './accounts-messages';
import { CreateAccountModal } from './create-account-modal';
import { InitialPasswordDialog } from './initial-password-dialog';
import { ResetPasswordButton } from './reset-password-button';

type Role = (typeof ROLES)[number];

/** An account as the API shows it: whether its holder still has to replace an initial password. */
type AccountRow = Account & { readonly mustChangePassword?: boolean };

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
  const [resetShown, setResetShown] = useState<{ username: string; password: string }>();
  const accounts = usePagedList<AccountRow>('/accounts', { q, role: roleFilter });
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

  const columns: ColumnsType<AccountRow> = [
    { title: t('username'), dataIndex: 'username', render: (name: string) => <code>{name}</code> },
    {
      title: t('role'),
      dataIndex: 'role',
      render: (value: Role) => <Tag color={ROLE_COLORS[value]}>{role(value)}</Tag>,
    },
    regionColumn(t('region')),
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
      render: (status: Account['status'], account) => (
        <>
          {status ? <Tag color={status === 'active' ? 'success' : 'default'}>{t(status)}</Tag> : '—'}
          {account.mustChangePassword ? <Tag color="warning">{t('mustChange')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('registeredAt'),
      dataIndex: 'registeredAt',
      render: (at: string | undefined) => (at ? formatDateTime(at, t.language) : '—'),
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, account) => (
        <ResetPasswordButton
          account={account}
          onReset={(shown) => {
            setResetShown(shown);
            accounts.reload();
          }}
        />
      ),
    },
  ];

  return (
    <>
      <InitialPasswordDialog
        shown={resetShown}
        title={resetShown && t('resetDoneTitle', { username: resetShown.username })}
        onClose={() => setResetShown(undefined)}
      />
      <RegisterPage<AccountRow>
        title={t('title')}
        searchPlaceholder={t('searchPlaceholder')}
        onSearch={setQ}
        intro={t('intro')}
        list={accounts}
        columns={columns}
        testId="accounts-table"
        filters={
          <Select<Role>
            allowClear
            placeholder={t('allRoles')}
            value={roleFilter}
            onChange={setRoleFilter}
            options={ROLES.map((value) => ({ value, label: role(value) }))}
            style={{ width: 140 }}
            data-testid="role-filter"
          />
        }
        create={{
          label: t('newAccount'),
          dialog: ({ open, onClose, finish }) => (
            <CreateAccountModal open={open} onClose={onClose} onCreated={finish} />
          ),
        }}
      />
    </>
  );
}
