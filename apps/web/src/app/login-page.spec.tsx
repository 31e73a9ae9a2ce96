import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, on, problemResponse } from '../../test/fake-fetch';
import type { Me } from '../api/types';
import { ConsoleApp } from './app';
import { returnPathFor } from './login-page';

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

describe('after signing in', () => {
  const volunteer: Me = {
    accountId: 'acc-1',
    username: 'wang.fang',
    role: 'volunteer',
    regionCode: '410122',
    volunteerId: 'vol-1',
  };

  it('goes back to the page of its own area that sent it to the sign-in, with its query', () => {
    const from = '/volunteer/check-in?code=SESSION.TOKEN';
    expect(returnPathFor(volunteer, { from })).toBe(from);
    expect(returnPathFor(volunteer, { from: '/volunteer' })).toBe('/volunteer');
  });

  it('goes home from a page of another area, a foreign address or no page at all', () => {
    for (const state of [
      { from: '/admin/records' },
      { from: 'https://elsewhere.example/' },
      { from: '//x' },
      null,
      {},
    ]) {
      expect(returnPathFor(volunteer, state)).toBe('/volunteer');
    }
    expect(returnPathFor(volunteer, { from: '/volunteers-of-another-kind' })).toBe('/volunteer');
  });
});
