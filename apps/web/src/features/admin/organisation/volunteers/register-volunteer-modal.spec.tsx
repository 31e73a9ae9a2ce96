import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
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
