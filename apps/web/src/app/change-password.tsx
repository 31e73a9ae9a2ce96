import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { useAuth } from '../auth/auth-context';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { describeProblem } from '../i18n/problem-messages';
import { LanguageSwitch } from './language-switch';
import { passwordMessages } from './password-messages';
import { shellMessages } from './shell-messages';

/** The API's rule for a password (PASSWORD_MIN_LENGTH, CreateAccountDto). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  newAgain: string;
}

/**
 * Current password, new password twice. The new one is checked here as the API checks it (length,
 * not the current one); the API's refusals are shown in words beside the form.
 */
function ChangePasswordForm({ onChanged, onCancel }: { onChanged: () => void; onCancel?: () => void }) {
  const t = useMessages(passwordMessages);
  const { language } = useLanguage();
  const { changePassword } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: PasswordValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      void message.success(t('changed'));
      onChanged();
    } catch (failure) {
      const code = isApiError(failure) ? failure.code : undefined;
      setError(
        code === 'WRONG_CURRENT_PASSWORD'
          ? t('wrongCurrent')
          : code === 'PASSWORD_TOO_SHORT'
            ? t('tooShort', { min: PASSWORD_MIN })
            : code === 'PASSWORD_UNCHANGED'
              ? t('unchanged')
              : describeProblem(failure, language),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PasswordValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      name="change-password"
      data-testid="change-password-form"
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item
        label={t('currentPassword')}
        name="currentPassword"
        rules={[{ required: true, message: t('currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('newPassword')}
        name="newPassword"
        extra={t('newHint', { min: PASSWORD_MIN })}
        dependencies={['currentPassword']}
        rules={[
          {
            required: true,
            min: PASSWORD_MIN,
            max: PASSWORD_MAX,
            message: t('newInvalid', { min: PASSWORD_MIN, max: PASSWORD_MAX }),
          },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value === getFieldValue('currentPassword')) throw new Error(t('unchanged'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('newAgain')}
        name="newAgain"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('mismatch') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        {onCancel && (
          <Button
            onClick={() => {
              form.resetFields();
              setError(undefined);
              onCancel();
            }}
          >
            {t('cancel')}
          </Button>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('save')}
        </Button>
      </div>
    </Form>
  );
}

/** 修改密码 in the header: every role changes its own password in a dialog. */
export function ChangePasswordButton({ narrow }: { narrow: boolean }) {
  const t = useMessages(passwordMessages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)} aria-label={t('changePassword')}>
        {narrow ? null : t('changePassword')}
      </Button>
      <Modal
        open={open}
        title={t('changePassword')}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ChangePasswordForm onChanged={() => setOpen(false)} onCancel={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/**
 * What an account with an initial password sees instead of the console: it changes the password
 * (or signs out) before anything else. The API refuses everything else meanwhile.
 */
export function RequiredPasswordChange() {
  const t = useMessages(passwordMessages);
  const shell = useMessages(shellMessages);
  const { me, signOut } = useAuth();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 16,
        background: '#f5f7fa',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }} data-testid="required-password-change">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('requiredTitle')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('requiredHint')}
        </Typography.Paragraph>
        <Typography.Paragraph>
          {t('signedInAs')}
          <Typography.Text code data-testid="account-name">
            {me?.username}
          </Typography.Text>
        </Typography.Paragraph>
        <ChangePasswordForm onChanged={() => undefined} />
        <Button type="link" icon={<LogoutOutlined />} onClick={signOut} style={{ paddingInline: 0 }}>
          {shell('signOut')}
        </Button>
      </Card>
    </div>
  );
}
