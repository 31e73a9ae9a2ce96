import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, homePathOf, useAuth } from '../auth/auth-context';
import { adminFeature } from '../features/admin/routes';
import { venueFeature } from '../features/venue/routes';
import { volunteerFeature } from '../features/volunteer/routes';
import { LanguageProvider, useLanguage } from '../i18n/language';
import { ConsoleLayout } from './console-layout';
import type { ConsoleFeature } from './console-route';
import { LoginPage } from './login-page';
import { NotFoundPage } from './not-found-page';

const FEATURES: readonly ConsoleFeature[] = [volunteerFeature, venueFeature, adminFeature];

function Home() {
  const { me } = useAuth();
  if (me === undefined) return null;
  return <Navigate to={me ? homePathOf(me) : '/login'} replace />;
}

function LocalizedApp() {
  const { language } = useLanguage();
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="/login" element={<LoginPage />} />
              {FEATURES.map((feature) => (
                <Route
                  key={feature.basePath}
                  path={feature.basePath}
                  element={<ConsoleLayout feature={feature} />}
                >
                  {feature.routes.map((route) =>
                    route.path === '' ? (
                      <Route key="index" index element={route.element} />
                    ) : (
                      <Route key={route.path} path={route.path} element={route.element} />
                    ),
                  )}
                </Route>
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function ConsoleApp() {
  return (
    <LanguageProvider>
      <LocalizedApp />
    </LanguageProvider>
  );
}
