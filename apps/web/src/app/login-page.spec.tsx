import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, on, problemResponse } from '../../test/fake-fetch';
import { ConsoleApp } from './app';

describe('the sign-in page', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    window.history.pushState({}, '', '/');
  });

  it('asks for both fields before it sends anything', async () => {
    const fetchSpy = installFetch();
    render(<ConsoleApp />);
    await userEvent.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says a wrong password in words and stays on the page', async () => {
    installFetch(on('POST', '/api/v1/auth/token', () => problemResponse(401, 'UNAUTHENTICATED')));
    render(<ConsoleApp />);
    await userEvent.type(await screen.findByLabelText('用户名'), 'zhongmu.admin');
    await userEvent.type(screen.getByLabelText('密码'), 'not-the-password');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('用户名或密码不正确'));
  });
});
