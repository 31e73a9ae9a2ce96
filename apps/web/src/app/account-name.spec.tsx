import { render, screen } from '@testing-library/react';
import { ConsoleApp } from './app';
import { installFetch, jsonResponse, on, problemResponse } from '../../test/fake-fetch';

const VOLUNTEER_ID = 'vol-a56d791220e34911afb345ef';

function signedInAs(path: string, me: object, ...routes: Parameters<typeof installFetch>) {
  sessionStorage.setItem(
    'ledger.session',
    JSON.stringify({ token: 'token', expiresAt: Date.now() + 3_600_000 }),
  );
  window.history.pushState({}, '', path);
  return installFetch(
    on('GET', '/api/v1/auth/me', () => jsonResponse(200, me)),
    ...routes,
    // The pages' own figures are not what this test is about.
    () => problemResponse(404, 'NOT_FOUND'),
  );
}

describe('the account in the header', () => {
  afterEach(() => sessionStorage.clear());

  it('a volunteer sees their own name and volunteer number, not the username', async () => {
    const fetch = signedInAs(
      '/volunteer',
      {
        accountId: 'acc-1',
        username: 'volunteer.demo',
        role: 'volunteer',
        regionCode: '410122',
        volunteerId: VOLUNTEER_ID,
      },
      on('GET', `/api/v1/volunteers/${VOLUNTEER_ID}`, () =>
        jsonResponse(200, {
          id: VOLUNTEER_ID,
          volunteerNo: '410122-2026-000001',
          name: '张明华',
          idType: 'resident-id',
          idNumberMasked: '4101**********0021',
          phoneMasked: '138****5678',
          regionCode: '410122',
          status: 'active',
          registeredAt: '2026-03-01T02:00:00Z',
          registeredBy: 'acc-0',
          forgottenAt: null,
        }),
      ),
    );
    render(<ConsoleApp />);
    const account = await screen.findByText('张明华 · 410122-2026-000001');
    expect(account.closest('[data-testid="account-name"]')).toBeTruthy();
    expect(screen.getByTestId('account-name').textContent).toBe('张明华 · 410122-2026-000001');
    expect(document.body.textContent).not.toContain('4101**********0021');
    expect(document.body.textContent).not.toContain('138****5678');
    expect(fetch).toHaveBeenCalledWith(`/api/v1/volunteers/${VOLUNTEER_ID}`, expect.anything());
  });

  it('an administrator still sees the username, and nothing asks for a volunteer', async () => {
    const fetch = signedInAs('/admin', {
      accountId: 'acc-0',
      username: 'admin',
      role: 'admin',
      regionCode: '410000',
    });
    render(<ConsoleApp />);
    expect((await screen.findByTestId('account-name')).textContent).toBe('admin');
    expect(fetch.mock.calls.map(([url]) => String(url))).not.toContainEqual(
      expect.stringMatching(/^\/api\/v1\/volunteers\/vol-/),
    );
  });
});
