import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import { RegisterVolunteerModal } from './register-volunteer-modal';

function setUp() {
  const posted: RequestInit[] = [];
  installFetch(
    meRoute(accountOf('organiser')),
    on('GET', '/api/v1/volunteers', () => jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 })),
    on('POST', '/api/v1/volunteers', (_url, init) => {
      posted.push(init);
      return jsonResponse(201, { id: 'vol-1', volunteerNo: '410122-2026-000001', name: '张三' });
    }),
  );
  renderSignedIn(<RegisterVolunteerModal open onClose={() => undefined} onRegistered={() => undefined} />);
  return { posted };
}

const typeText = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));

describe('登记志愿者', () => {
  it('catches a mistyped resident ID by its check digit, and asks for consent', async () => {
    const { posted } = setUp();
    await screen.findByTestId('volunteer-form');
    typeText('姓名', '张三');
    typeText('证件号码', '110105194912310021');
    typeText('手机号码', '13812345678');
    await submit();
    expect(await screen.findByText('身份证号码校验位不正确，请核对')).toBeTruthy();
    expect(screen.getByText('须经本人同意方可登记')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });

  it('sends the normalized numbers with consent', async () => {
    const { posted } = setUp();
    await screen.findByTestId('volunteer-form');
    typeText('姓名', ' 张三 ');
    typeText('证件号码', '11010519491231002x');
    typeText('手机号码', '+86 138 1234 5678');
    await userEvent.click(screen.getByRole('checkbox'));
    await submit();
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(bodyOf(posted[0])).toEqual({
      name: '张三',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      regionCode: '410122',
      consent: true,
    });
  });
});

const VOLUNTEER = {
  id: 'vol-1',
  volunteerNo: '410122-2026-000001',
  name: '张三',
  regionCode: '410122',
  status: 'active',
};

/** An administrator registers, with the answers of POST /accounts given in order. */
function setUpAdmin(...accountAnswers: Array<() => ReturnType<typeof jsonResponse>>) {
  const calls: Array<{ path: string; body: unknown }> = [];
  const registered: unknown[] = [];
  installFetch(
    meRoute(accountOf('admin')),
    on('GET', '/api/v1/volunteers', () => jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 })),
    on('POST', '/api/v1/volunteers', (_url, init) => {
      calls.push({ path: '/volunteers', body: bodyOf(init) });
      return jsonResponse(201, VOLUNTEER);
    }),
    on('POST', '/api/v1/accounts', (_url, init) => {
      calls.push({ path: '/accounts', body: bodyOf(init) });
      const answer = accountAnswers.shift();
      return answer ? answer() : jsonResponse(201, { id: 'acc-x', username: 'x', role: 'volunteer' });
    }),
  );
  renderSignedIn(
    <RegisterVolunteerModal open onClose={() => undefined} onRegistered={(v) => registered.push(v)} />,
  );
  return { calls, registered };
}

async function fillVolunteer() {
  await screen.findByTestId('volunteer-form');
  typeText('姓名', '张三');
  typeText('证件号码', '11010519491231002x');
  typeText('手机号码', '13812345678');
  await userEvent.click(screen.getByRole('checkbox', { name: /本人已阅读并同意/ }));
}

describe('登记志愿者, 同时创建登录账号', () => {
  it('an organiser registers only the volunteer: no login is offered (accounts are for administrators)', async () => {
    setUp();
    await screen.findByTestId('volunteer-form');
    expect(screen.queryByText('同时创建登录账号')).toBeNull();
  });

  it('registers the volunteer, then its login (the volunteer number as username, a generated password), and shows the password once', async () => {
    const { calls, registered } = setUpAdmin();
    await fillVolunteer();
    await userEvent.click(screen.getByRole('checkbox', { name: '同时创建登录账号' }));
    expect(await screen.findByLabelText('登录用户名')).toBeTruthy();
    await submit();
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0].path).toBe('/volunteers');
    expect(calls[0].body).not.toHaveProperty('createLogin');
    expect(calls[1]).toEqual({
      path: '/accounts',
      body: {
        username: '410122-2026-000001',
        password: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
        role: 'volunteer',
        regionCode: '410122',
        volunteerId: 'vol-1',
        mustChangePassword: true,
      },
    });
    const password = (calls[1].body as { password: string }).password;
    const shown = await screen.findByTestId('initial-password');
    expect(screen.getAllByText('登录账号已创建').length).toBeGreaterThan(0);
    expect(within(shown).getByText('410122-2026-000001')).toBeTruthy();
    expect(within(shown).getByTestId('initial-password-value').textContent).toContain(password);
    expect(within(shown).getByText(/此密码只显示这一次/)).toBeTruthy();
    expect(registered).toHaveLength(1);
  });

  it('when the login fails the volunteer stays registered, the dialog says so, and the login alone is retried', async () => {
    const { calls, registered } = setUpAdmin(() =>
      problemResponse(409, 'CONFLICT', 'account zhangsan already exists'),
    );
    await fillVolunteer();
    await userEvent.click(screen.getByRole('checkbox', { name: '同时创建登录账号' }));
    typeText('登录用户名', 'zhangsan');
    await userEvent.click(screen.getByRole('radio', { name: '手动输入' }));
    typeText('输入初始密码', 'Chosen-Pass-9');
    await submit();

    const failed = await screen.findByTestId('volunteer-login-failed');
    expect(within(failed).getByRole('alert').textContent).toContain(
      '志愿者 张三（410122-2026-000001）已登记，但登录账号未能创建',
    );
    expect(registered).toHaveLength(1);
    expect(calls.map((c) => c.path)).toEqual(['/volunteers', '/accounts']);

    fireEvent.change(within(failed).getByLabelText('登录用户名'), { target: { value: 'zhangsan2' } });
    await userEvent.click(screen.getByRole('button', { name: '重试创建登录账号' }));
    await waitFor(() => expect(calls).toHaveLength(3));
    // Only the login again, with the same initial password.
    expect(calls[2]).toEqual({
      path: '/accounts',
      body: expect.objectContaining({
        username: 'zhangsan2',
        password: 'Chosen-Pass-9',
        volunteerId: 'vol-1',
      }),
    });
    const shown = await screen.findByTestId('initial-password');
    expect(within(shown).getByText('zhangsan2')).toBeTruthy();
  });
});
