import { render } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, on } from '../../../../../../test/fake-fetch';
import type { Me } from '../../../../../api/types';
import { AuthProvider, useAuth } from '../../../../../auth/auth-context';
import { LanguageProvider } from '../../../../../i18n/language';

/** Component tests: an account of the given role, signed in as the console would be after a reload. */
export const accountOf = (role: Me['role'], regionCode = '410122'): Me => ({
  accountId: `acc-${role}`,
  username: `zhongmu.${role}`,
  role,
  regionCode,
});

/** The fake-fetch route answering `GET /auth/me` for the account. */
export const meRoute = (me: Me) => on('GET', '/api/v1/auth/me', () => jsonResponse(200, me));

function WhenSignedIn({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  return me ? <>{children}</> : null;
}

/**
 * Renders `ui` inside the providers the console gives a signed-in page (Chinese, antd's App, a
 * router). Install fetch with `meRoute(me)` among the routes first.
 */
export function renderSignedIn(ui: ReactNode) {
  sessionStorage.setItem(
    'ledger.session',
    JSON.stringify({ token: 'test-token', expiresAt: Date.now() + 3_600_000 }),
  );
  return render(
    <LanguageProvider initial="zh">
      <ConfigProvider locale={zhCN}>
        <App>
          <AuthProvider>
            <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
              <WhenSignedIn>{ui}</WhenSignedIn>
            </MemoryRouter>
          </AuthProvider>
        </App>
      </ConfigProvider>
    </LanguageProvider>,
  );
}

/** The JSON body a fake-fetch call was made with. */
export const bodyOf = (init: RequestInit): unknown => JSON.parse(String(init.body));
