import { Tag, Typography } from 'antd';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { accountNames, useLookup } from './lookups';
import { sharedMessages } from './shared-messages';

/** An account id as a username where the caller may read accounts (administrators, auditors). */
export function AccountName({ accountId }: { accountId: string }) {
  const me = useMe();
  const t = useMessages(sharedMessages);
  const mayRead = me.role === 'admin' || me.role === 'auditor';
  const username = useLookup(accountNames, mayRead && accountId !== me.accountId ? accountId : undefined);
  if (accountId === me.accountId) {
    return (
      <span>
        {me.username} <Tag color="orange">{t('me')}</Tag>
      </span>
    );
  }
  return username ? (
    <span>{username}</span>
  ) : (
    <Typography.Text type="secondary" copyable={{ text: accountId }} style={{ fontSize: 12 }}>
      {accountId.length > 14 ? `${accountId.slice(0, 12)}…` : accountId}
    </Typography.Text>
  );
}
