import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { ConsoleApp } from '../../../app/app';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../test/fake-fetch';
import { FamilyLinkForm, normalizeVolunteerNo } from './family-link-form';

const user = userEvent.setup({ delay: null });

const SELF_NO = '410122-2026-000001';

function renderForm() {
  const onLink = jest.fn(async () => true);
  render(
    <App>
      <FamilyLinkForm selfNo={SELF_NO} onLink={onLink} />
    </App>,
  );
  return onLink;
}

const submit = () => user.click(screen.getByRole('button', { name: /登\s*记/ }));

const chooseRelation = async (label: string) => {
  await user.click(screen.getByLabelText('对方是我的'));
  await user.click(await screen.findByTitle(label));
};

describe('the family link form', () => {
  it('asks for the family member’s volunteer number, name and relation, never an internal id', async () => {
    const onLink = renderForm();
    expect(screen.getByLabelText('家庭成员的志愿者编号')).toBeTruthy();
    expect(screen.getByLabelText('家庭成员的姓名')).toBeTruthy();
    expect(screen.queryByText(/志愿者 ID/)).toBeNull();
    expect(screen.queryByPlaceholderText(/vol-/)).toBeNull();
    await submit();
    expect(await screen.findByText('请输入志愿者编号')).toBeTruthy();
    expect(screen.getByText('请输入姓名')).toBeTruthy();
    expect(screen.getByText('请选择关系')).toBeTruthy();
    expect(onLink).not.toHaveBeenCalled();
  });

  it('sends the number (full-width digits and spaces made plain), the trimmed name and the relation', async () => {
    const onLink = renderForm();
    await user.type(screen.getByLabelText('家庭成员的志愿者编号'), ' ４１０１２２-2026-000007 ');
    await user.type(screen.getByLabelText('家庭成员的姓名'), ' 李秀英 ');
    await chooseRelation('父母');
    await submit();
    await waitFor(() =>
      expect(onLink).toHaveBeenCalledWith({
        volunteerNo: '410122-2026-000007',
        name: '李秀英',
        relation: 'parent',
      }),
    );
  });

  it('refuses a malformed number, and the volunteer’s own, before anything is sent', async () => {
    const onLink = renderForm();
    const number = screen.getByLabelText('家庭成员的志愿者编号');
    await user.type(number, 'vol-0123456789abcdef01234567');
    await user.type(screen.getByLabelText('家庭成员的姓名'), '李秀英');
    await chooseRelation('配偶');
    await submit();
    expect(await screen.findByText(/志愿者编号形如 410122-2026-000123/)).toBeTruthy();
    await user.clear(number);
    await user.type(number, SELF_NO);
    await submit();
    expect(await screen.findByText('不能登记自己')).toBeTruthy();
    expect(onLink).not.toHaveBeenCalled();
  });

  it('normalizes what a phone keyboard types', () => {
    expect(normalizeVolunteerNo('４１０１２２－２０２６－０００００７')).toBe('410122-2026-000007');
    expect(normalizeVolunteerNo('410122 - 2026 - 000007')).toBe('410122-2026-000007');
  });
});

describe('the family page links by number and name', () => {
  const ID = 'vol-a56d791220e34911afb345ef';
  const base = `/api/v1/volunteers/${ID}`;

  function signedIn(linkAnswer: () => ReturnType<typeof jsonResponse>) {
    sessionStorage.setItem(
      'ledger.session',
      JSON.stringify({ token: 'token', expiresAt: Date.now() + 3_600_000 }),
    );
    window.history.pushState({}, '', '/volunteer/family');
    return installFetch(
      on('GET', '/api/v1/auth/me', () =>
        jsonResponse(200, {
          accountId: 'acc-1',
          username: 'volunteer.demo',
          role: 'volunteer',
          regionCode: '410122',
          volunteerId: ID,
        }),
      ),
      on('GET', base, () => jsonResponse(200, { id: ID, name: '王建国', volunteerNo: SELF_NO })),
      on('GET', `${base}/summary`, () =>
        jsonResponse(200, {
          volunteerId: ID,
          confirmedMinutes: 0,
          pendingMinutes: 0,
          starLevel: 0,
          qualifiedStarLevel: 0,
          points: { available: 0, held: 0, earned: 0, clawedBack: 0, spent: 0, expired: 0, expiring: [] },
          timeBank: { balanceMinutes: 60 },
        }),
      ),
      on('GET', `${base}/family`, () => jsonResponse(200, { items: [] })),
      on('POST', `${base}/family`, linkAnswer),
    );
  }

  beforeEach(() => sessionStorage.clear());

  it('shows the volunteer’s own number for family to use, and posts number, name and relation', async () => {
    const fetch = signedIn(() => jsonResponse(201, {}));
    render(<ConsoleApp />);
    expect((await screen.findByTestId('my-volunteer-no')).textContent).toContain(SELF_NO);
    expect(screen.queryByText(ID)).toBeNull();
    await user.type(screen.getByLabelText('家庭成员的志愿者编号'), '410122-2026-000007');
    await user.type(screen.getByLabelText('家庭成员的姓名'), '李秀英');
    await chooseRelation('父母');
    await submit();
    expect(await screen.findByText('已登记家庭成员')).toBeTruthy();
    const post = fetch.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST')!;
    expect(JSON.parse((post[1] as RequestInit).body as string)).toEqual({
      volunteerNo: '410122-2026-000007',
      name: '李秀英',
      relation: 'parent',
    });
  });

  it('says when the name does not match the number, without any name on record', async () => {
    signedIn(() => problemResponse(422, 'FAMILY_NAME_MISMATCH'));
    render(<ConsoleApp />);
    await screen.findByTestId('my-volunteer-no');
    await user.type(screen.getByLabelText('家庭成员的志愿者编号'), '410122-2026-000007');
    await user.type(screen.getByLabelText('家庭成员的姓名'), '李秀');
    await chooseRelation('父母');
    await submit();
    expect(await screen.findByText('姓名与该志愿者编号登记的姓名不一致，请核对后重试。')).toBeTruthy();
  });
});
