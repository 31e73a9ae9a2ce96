import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Volunteer } from '../shared/types';
import { CreateVolunteerLoginButton } from './create-volunteer-login-button';

const VOLUNTEER: Volunteer = {
  id: 'vol-1',
  volunteerNo: '410122-2026-000001',
  name: '张三',
  idType: 'resident-id',
  idNumberMasked: '1101**********002X',
  phoneMasked: '138****5678',
  regionCode: '410122',
  status: 'active',
  registeredAt: '2026-11-18T02:00:00.000Z',
};

function setUp(role: 'admin' | 'organiser', ...answers: Array<() => ReturnType<typeof jsonResponse>>) {
  const posted: unknown[] = [];
  installFetch(
    meRoute(accountOf(role)),
    on('POST', '/api/v1/accounts', (_url, init) => {
      posted.push(bodyOf(init));
      const answer = answers.shift();
      return answer ? answer() : jsonResponse(201, { id: 'acc-x', username: 'x', role: 'volunteer' });
    }),
  );
  renderSignedIn(<CreateVolunteerLoginButton volunteer={VOLUNTEER} />);
  return { posted };
}

describe('创建登录账号 for a registered volunteer', () => {
  it('is not offered to an organiser', async () => {
    setUp('organiser');
    await waitFor(() => expect(screen.queryByTestId('create-volunteer-login')).toBeNull());
  });

  it('creates the login alone (the volunteer number unless another username is typed), retrying after a refusal, and shows the password once', async () => {
    const { posted } = setUp('admin', () => problemResponse(409, 'CONFLICT'));
    await userEvent.click(await screen.findByTestId('create-volunteer-login'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('为 张三（410122-2026-000001）创建登录账号').length).toBeGreaterThan(
      0,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      username: '410122-2026-000001',
      password: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
      role: 'volunteer',
      regionCode: '410122',
      volunteerId: 'vol-1',
      mustChangePassword: true,
    });
    expect(await within(dialog).findByRole('alert')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('登录用户名'), { target: { value: 'zhangsan' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toMatchObject({ username: 'zhangsan', volunteerId: 'vol-1', mustChangePassword: true });
    const shown = await screen.findByTestId('initial-password');
    expect(within(shown).getByText('zhangsan')).toBeTruthy();
    expect(within(shown).getByTestId('initial-password-value').textContent).toContain(
      (posted[1] as { password: string }).password,
    );
  });
});
