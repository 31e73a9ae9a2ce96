import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import type { Me } from '../../../../api/types';
import { AuthProvider, useAuth } from '../../../../auth/auth-context';
import { jsonResponse, on } from '../../../../../test/fake-fetch';

export const ADMIN: Me = {
  accountId: 'acc-admin-1',
  username: 'zhongmu.admin',
  role: 'admin',
  regionCode: '410122',
};

/** The stored session the AuthProvider finds at start, and its `GET /auth/me` answer for the fake fetch. */
export function signedInAs(me: Me) {
  sessionStorage.setItem(
    'ledger.session',
    JSON.stringify({ token: 'test-token', expiresAt: Date.now() + 3_600_000 }),
  );
  return on('GET', '/api/v1/auth/me', () => jsonResponse(200, me));
}

function WhenSignedIn({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  return me ? <>{children}</> : null;
}

/** A page as the console mounts it: antd's App context, the router and a signed-in account. */
export function renderSignedIn(ui: ReactNode, path = '/') {
  return render(
    <App>
      <AuthProvider>
        <MemoryRouter
          initialEntries={[path]}
          future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
        >
          <WhenSignedIn>{ui}</WhenSignedIn>
        </MemoryRouter>
      </AuthProvider>
    </App>,
  );
}
