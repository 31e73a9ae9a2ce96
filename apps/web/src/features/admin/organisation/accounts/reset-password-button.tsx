import { App, Button } from 'antd';
import { api } from '../../../../api/client';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import type { Account } from '../shared/types';
import { accountsMessages } from './accounts-messages';

interface ResetAnswer {
  readonly account: Account;
  readonly initialPassword?: string;
}

/**
 * 重置密码 on an account's row: a confirmation says what happens (old password and sessions end, a
 * new initial password shown once, a change at the next sign-in); the page then shows the password once.
 */
export function ResetPasswordButton({
  account,
  onReset,
}: {
  account: Account;
  /** The new initial password, for the page to show once. */
  onReset: (shown: { username: string; password: string }) => void;
}) {
  const t = useMessages(accountsMessages);
  const { modal } = App.useApp();
  const { run, busy } = useApiAction(() =>
    api.post<ResetAnswer>(`/accounts/${encodeURIComponent(account.id)}/password-reset`, {}),
  );

  const confirm = () =>
    modal.confirm({
      title: t('resetTitle', { username: account.username }),
      content: t('resetWhat'),
      okText: t('resetConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        const answer = await run();
        if (!answer?.initialPassword) return;
        onReset({ username: answer.account.username, password: answer.initialPassword });
      },
    });

  return (
    <Button size="small" loading={busy} onClick={confirm} data-testid={`reset-password-${account.username}`}>
      {t('resetPassword')}
    </Button>
  );
}
