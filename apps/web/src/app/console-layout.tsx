import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Tag } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Role } from '../api/types';
import { homePathOf, useAuth } from '../auth/auth-context';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { AccountName } from './account-name';
import { ChangePasswordButton, RequiredPasswordChange } from './change-password';
import type { ConsoleFeature } from './console-route';
import { LanguageSwitch } from './language-switch';
import { shellMessages } from './shell-messages';

const ROLE_LABEL: Record<
  Role,
  'roleAdmin' | 'roleOrganiser' | 'rolePartner' | 'roleVolunteer' | 'roleAuditor'
> = {
  admin: 'roleAdmin',
  organiser: 'roleOrganiser',
  partner: 'rolePartner',
  volunteer: 'roleVolunteer',
  auditor: 'roleAuditor',
};

const joinPath = (base: string, path: string) => (path ? `${base}/${path}` : base);

/**
 * The frame around every signed-in page: the feature's menu (a drawer-like sider that folds away
 * on a phone), the account and the language switch. An account that opens another role's area is
 * sent to its own home.
 */
export function ConsoleLayout({ feature }: { feature: ConsoleFeature }) {
  const t = useMessages(shellMessages);
  const { language } = useLanguage();
  const { me, signOut } = useAuth();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);

  if (me === undefined) return <div style={{ padding: 24 }}>{t('loading')}</div>;
  // After signing in, the person comes back here (a check-in QR code's address keeps its code).
  if (me === null)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!feature.roles.includes(me.role)) return <Navigate to={homePathOf(me)} replace />;
  // An initial password set by an administrator is replaced before the console opens.
  if (me.mustChangePassword) return <RequiredPasswordChange />;

  const entries = feature.routes.filter(
    (route) => route.menu && (!route.menu.roles || route.menu.roles.includes(me.role)),
  );
  const selected = entries
    .map((route) => joinPath(feature.basePath, route.path))
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setCollapsed(broken);
        }}
        width={208}
        theme="light"
        // On a phone the menu opens from the header's button and lies over the page instead of
        // squeezing it; antd's own floating trigger would cover the page's title.
        trigger={narrow ? null : undefined}
        style={
          narrow
            ? {
                position: 'fixed',
                insetBlock: 0,
                left: 0,
                zIndex: 1000,
                boxShadow: collapsed ? 'none' : '2px 0 8px rgba(0,0,0,0.15)',
              }
            : { borderRight: '1px solid #f0f0f0' }
        }
      >
        <div style={{ padding: '16px 20px', fontWeight: 600 }}>{t('product')}</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          onClick={() => narrow && setCollapsed(true)}
          items={entries.map((route) => {
            const path = joinPath(feature.basePath, route.path);
            return {
              key: path,
              icon: route.menu!.icon,
              label: <Link to={path}>{route.menu!.label[language]}</Link>,
            };
          })}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            justifyContent: narrow ? 'space-between' : 'flex-end',
            alignItems: 'center',
            gap: 8,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {narrow && (
            <Button
              icon={<MenuOutlined />}
              onClick={() => setCollapsed((folded) => !folded)}
              aria-label={t('menu')}
              aria-expanded={!collapsed}
              data-testid="menu-button"
            />
          )}
          <Space size={narrow ? 'small' : 'middle'} wrap={false}>
            <NotificationBell basePath={feature.basePath} />
            <LanguageSwitch />
            <AccountName me={me} narrow={narrow} />
            {narrow ? null : <Tag color="blue">{t(ROLE_LABEL[me.role])}</Tag>}
            <ChangePasswordButton narrow={narrow} />
            <Button icon={<LogoutOutlined />} onClick={signOut} aria-label={t('signOut')}>
              {narrow ? null : t('signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content
          style={{ padding: narrow ? 12 : 24 }}
          onClick={() => narrow && !collapsed && setCollapsed(true)}
        >
          {/* An area's pages arrive as their own script the first time one is opened (area-pages.ts). */}
          <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
