import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import { AccountsPage } from './accounts-page';

const ORGANISER = {
  id: 'acc-0123456789abcdef01234567',
  username: 'zhongmu.desk',
  role: 'organiser',
  regionCode: '410122',
  partnerId: null,
  volunteerId: null,
  status: 'active',
  registeredAt: '2026-11-18T02:00:00.000Z',
  mustChangePassword: false,
};

function setUp() {
  const resets: RequestInit[] = [];
  let mustChange = false;
  installFetch(
    meRoute(accountOf('admin')),
    on('GET', '/api/v1/accounts', () =>
      jsonResponse(200, {
        items: [{ ...ORGANISER, mustChangePassword: mustChange }],
        total: 1,
        page: 1,
        pageSize: 20,
      }),
    ),
    on('POST', `/api/v1/accounts/${ORGANISER.id}/password-reset`, (_url, init) => {
      resets.push(init);
      mustChange = true;
      return jsonResponse(200, {
        account: { ...ORGANISER, mustChangePassword: true },
        initialPassword: 'Kp7mXq2RtZ9a',
      });
    }),
  );
  renderSignedIn(<AccountsPage />);
  return { resets };
}

describe('账号: 重置密码', () => {
  it('says what a reset does, sends nothing when cancelled, and shows the new password once', async () => {
    const { resets } = setUp();
    const reset = await screen.findByTestId('reset-password-zhongmu.desk');

    await userEvent.click(reset);
    let confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('重置“zhongmu.desk”的密码？').length).toBeGreaterThan(0);
    expect(within(confirm).getByText(/原密码和该账号已登录的会话立即失效/)).toBeTruthy();
    await userEvent.click(within(confirm).getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.queryAllByText('重置“zhongmu.desk”的密码？')).toHaveLength(0));
    expect(resets).toHaveLength(0);

    await userEvent.click(reset);
    confirm = await screen.findByRole('dialog');
    await userEvent.click(within(confirm).getByRole('button', { name: /重置密码/ }));
    await waitFor(() => expect(resets).toHaveLength(1));
    expect(bodyOf(resets[0])).toEqual({});

    const shown = await screen.findByTestId('initial-password');
    expect(screen.getAllByText('“zhongmu.desk”的密码已重置').length).toBeGreaterThan(0);
    expect(within(shown).getByTestId('initial-password-value').textContent).toContain('Kp7mXq2RtZ9a');
    expect(within(shown).getByText(/此密码只显示这一次/)).toBeTruthy();
    // The row says the holder has not changed it yet.
    expect(await screen.findByText('待改初始密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '我已记下' })).toBeTruthy();
  });
});
