import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../api/api-error';
import type { Me } from '../api/types';
import { homePathOf, useAuth } from '../auth/auth-context';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { describeProblem } from '../i18n/problem-messages';
import { LanguageSwitch } from './language-switch';
import { shellMessages } from './shell-messages';

interface Credentials {
  username: string;
  password: string;
}

/**
 * Where a sign-in leads: back to the page that sent the person here (the console layout passes it as
 * `state.from`, with its query, e.g. a check-in QR code's `/volunteer/check-in?code=…`) when that page
 * is in the account's own area, otherwise the account's home.
 */
export function returnPathFor(account: Me, state: unknown): string {
  const home = homePathOf(account);
  const from = (state as { from?: unknown } | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/')) return home;
  return from === home || from.startsWith(`${home}/`) || from.startsWith(`${home}?`) ? from : home;
}

export function LoginPage() {
  const t = useMessages(shellMessages);
  const { language } = useLanguage();
  const { me, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Signed in (now, or already): back where the person came from, when that is its own area.
  if (me) return <Navigate to={returnPathFor(me, location.state)} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      const account = await signIn(username.trim(), password);
      navigate(returnPathFor(account, location.state), { replace: true });
    } catch (failure) {
      setError(
        isApiError(failure) && failure.status === 401
          ? t('wrongCredentials')
          : describeProblem(failure, language),
      );
    } finally {
      setBusy(false);
    }
  };

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
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('signInTitle')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('signInHint')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} name="sign-in">
          <Form.Item
            label={t('username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('password')}
            name="password"
            rules={[{ required: true, message: t('passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('signIn')}
          </Button>
        </Form>
        {/* 群众点单 needs no account: its form is a script of its own, loaded only when opened. */}
        <div style={{ marginTop: 16, textAlign: 'center', fontSize: 13 }}>
          <Link to="/needs/new">
            {language === 'zh' ? '群众点单：提交科技服务需求' : 'Ask for a science service (no account)'}
          </Link>
        </div>
      </Card>
    </div>
  );
}
