import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../test/fake-fetch';
import { ConsoleApp } from './app';

const ME = { accountId: 'acc-1', username: 'zhangsan', role: 'auditor', regionCode: '410122' };

/** A fake API whose account must change its password until POST /auth/password succeeds. */
function fakeApi({ mustChange, refuseWith }: { mustChange: boolean; refuseWith?: string }) {
  const state = { mustChange, posted: [] as unknown[] };
  installFetch(
    on('POST', '/api/v1/auth/token', () =>
      jsonResponse(200, {
        accessToken: 'first-token',
        tokenType: 'Bearer',
        expiresIn: 3600,
        mustChangePassword: state.mustChange,
      }),
    ),
    on('GET', '/api/v1/auth/me', () => jsonResponse(200, { ...ME, mustChangePassword: state.mustChange })),
    on('POST', '/api/v1/auth/password', (_url, init) => {
      state.posted.push(JSON.parse(String(init.body)));
      if (refuseWith) return problemResponse(422, refuseWith);
      state.mustChange = false;
      return jsonResponse(200, {
        accessToken: 'second-token',
        tokenType: 'Bearer',
        expiresIn: 3600,
        mustChangePassword: false,
      });
    }),
    // The pages' own figures are not what this test is about.
    () => problemResponse(404, 'NOT_FOUND'),
  );
  return state;
}

const typeInto = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function signIn() {
  await userEvent.type(await screen.findByLabelText('用户名'), 'zhangsan');
  await userEvent.type(screen.getByLabelText('密码'), 'Initial-Pass-1');
  await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('changing the password', () => {
  beforeEach(() => {
    sessionStorage.clear();
    window.history.pushState({}, '', '/login');
  });

  it('an account with an initial password changes it before the console opens', async () => {
    const api = fakeApi({ mustChange: true });
    render(<ConsoleApp />);
    await signIn();
    const screenOfChange = await screen.findByTestId('required-password-change');
    expect(within(screenOfChange).getByText('请先修改初始密码')).toBeTruthy();
    expect(within(screenOfChange).getByTestId('account-name').textContent).toBe('zhangsan');
    // Nothing of the console: no menu, no header button.
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.queryByRole('button', { name: '修改密码' })).toBeNull();

    typeInto('当前密码', 'Initial-Pass-1');
    typeInto('新密码', 'Initial-Pass-1');
    typeInto('再次输入新密码', 'Initial-Pass-1');
    await userEvent.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByText('新密码不能与当前密码相同。')).toBeTruthy();
    expect(api.posted).toHaveLength(0);

    typeInto('新密码', 'my-own-secret');
    typeInto('再次输入新密码', 'my-own-secret');
    await userEvent.click(screen.getByRole('button', { name: '保存新密码' }));
    await waitFor(() =>
      expect(api.posted).toEqual([{ currentPassword: 'Initial-Pass-1', newPassword: 'my-own-secret' }]),
    );
    // The console opens, and the session goes on with the new token.
    expect(await screen.findByRole('button', { name: '修改密码' })).toBeTruthy();
    expect(screen.queryByTestId('required-password-change')).toBeNull();
    expect(JSON.parse(sessionStorage.getItem('ledger.session')!).token).toBe('second-token');
  });

  it('says a wrong current password in words, and stays on the change', async () => {
    fakeApi({ mustChange: true, refuseWith: 'WRONG_CURRENT_PASSWORD' });
    render(<ConsoleApp />);
    await signIn();
    await screen.findByTestId('required-password-change');
    typeInto('当前密码', 'not-it');
    typeInto('新密码', 'my-own-secret');
    typeInto('再次输入新密码', 'my-own-secret');
    await userEvent.click(screen.getByRole('button', { name: '保存新密码' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('当前密码不正确。'));
    expect(screen.getByTestId('required-password-change')).toBeTruthy();
  });

  it('every account changes its password from the header', async () => {
    const api = fakeApi({ mustChange: false });
    render(<ConsoleApp />);
    await signIn();
    await userEvent.click(await screen.findByRole('button', { name: '修改密码' }));
    const dialog = await screen.findByRole('dialog');
    typeInto('当前密码', 'Initial-Pass-1');
    typeInto('新密码', 'short');
    typeInto('再次输入新密码', 'other');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存新密码' }));
    expect(await within(dialog).findByText('新密码须为 8–256 位')).toBeTruthy();
    expect(within(dialog).getByText('两次输入的新密码不一致')).toBeTruthy();
    expect(api.posted).toHaveLength(0);

    typeInto('新密码', 'a-longer-secret');
    typeInto('再次输入新密码', 'a-longer-secret');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存新密码' }));
    await waitFor(() => expect(api.posted).toHaveLength(1));
    expect(await screen.findByText('密码已修改。下次登录请使用新密码。')).toBeTruthy();
  });
});
