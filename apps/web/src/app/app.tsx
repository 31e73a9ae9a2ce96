import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, homePathOf, useAuth } from '../auth/auth-context';
import { LanguageProvider, useLanguage } from '../i18n/language';
import { LoginPage } from './login-page';

/**
 * The pages behind the sign-in are a script of their own: a first visit downloads only what the
 * sign-in form needs before showing it, and the rest while the person types (docs/performance.md).
 */
const loadSignedInConsole = () => import('./signed-in-console');
const SignedInConsole = lazy(loadSignedInConsole);
/**
 * 群众点单's public pages (no account) come with the console's script, after the page is up: never
 * part of the sign-in page's script.
 */
const PublicNeeds = lazy(() => loadSignedInConsole().then((chunk) => ({ default: chunk.PublicNeeds })));

function Home() {
  const { me } = useAuth();
  if (me === undefined) return null;
  return <Navigate to={me ? homePathOf(me) : '/login'} replace />;
}

function LocalizedApp() {
  const { language } = useLanguage();
  useEffect(() => {
    void loadSignedInConsole();
  }, []);
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="/needs/*"
                element={
                  <Suspense fallback={<Spin fullscreen />}>
                    <PublicNeeds />
                  </Suspense>
                }
              />
              <Route
                path="*"
                element={
                  <Suspense fallback={<Spin fullscreen />}>
                    <SignedInConsole />
                  </Suspense>
                }
              />
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
