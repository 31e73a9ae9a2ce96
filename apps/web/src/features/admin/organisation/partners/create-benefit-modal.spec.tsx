import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Benefit } from '../shared/types';
import { CreateBenefitModal } from './create-benefit-modal';

const partner = { id: 'ptn-1f0e3dad99908345f7439f8f', name: '中牟县科技馆' };
const BENEFITS = `/api/v1/partners/${partner.id}/benefits`;

function setUp(
  answer = (init: RequestInit) => jsonResponse(201, { ...(bodyOf(init) as object), id: 'ben-1' }),
) {
  const posted: RequestInit[] = [];
  const created = jest.fn();
  installFetch(
    meRoute(accountOf('admin')),
    on('POST', BENEFITS, (_url, init) => {
      posted.push(init);
      return answer(init);
    }),
  );
  renderSignedIn(<CreateBenefitModal partner={partner} open onClose={() => undefined} onCreated={created} />);
  return { posted, created };
}

const typeText = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Types a date into an antd picker and presses Enter, which takes it at once. */
function typeDate(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

const submit = () => userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));

async function fillValid() {
  await screen.findByTestId('benefit-form');
  typeText('权益名称', '科技馆特展门票一张');
  typeText('所需积分', '200');
  typeText('最低星级', '1');
  typeText('库存', '50');
  typeText('每人限兑', '2');
  typeDate('开始日期', '2026-06-01');
  typeDate('结束日期', '2026-12-31');
}

describe('新增权益', () => {
  it('refuses a cost of 0, a negative stock, a star level above 5 and a limit of 0, and sends nothing', async () => {
    const { posted } = setUp();
    await fillValid();
    typeText('所需积分', '0');
    typeText('库存', '-1');
    typeText('最低星级', '6');
    typeText('每人限兑', '0');
    await submit();
    expect(await screen.findByText('所需积分须为大于 0 的整数（最多 1000000）')).toBeTruthy();
    expect(screen.getByText('库存须为不小于 0 的整数（最多 1000000）')).toBeTruthy();
    expect(screen.getByText('最低星级须为 0–5 的整数（0 表示不限）')).toBeTruthy();
    expect(screen.getByText('每人限兑次数须为不小于 1 的整数')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });

  it('refuses fractions where whole numbers are due', async () => {
    const { posted } = setUp();
    await fillValid();
    typeText('所需积分', '12.5');
    await submit();
    expect(await screen.findByText('所需积分须为大于 0 的整数（最多 1000000）')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });

  it('refuses a validity window that ends before it starts', async () => {
    const { posted } = setUp();
    await fillValid();
    typeDate('结束日期', '2026-05-31');
    await submit();
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });

  it('sends a valid benefit once, with a one-day window and a stock of 0 allowed', async () => {
    const { posted, created } = setUp();
    await fillValid();
    typeText('库存', '0');
    typeText('最低星级', '0');
    typeDate('结束日期', '2026-06-01');
    await submit();
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(bodyOf(posted[0])).toEqual({
      title: '科技馆特展门票一张',
      pointsCost: 200,
      minStarLevel: 0,
      stock: 0,
      perVolunteerLimit: 2,
      validFrom: '2026-06-01',
      validTo: '2026-06-01',
    });
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect((created.mock.calls[0][0] as Benefit).id).toBe('ben-1');
  });

  it('shows a refusal from the API in words, and keeps the form', async () => {
    const { posted, created } = setUp(() => problemResponse(403, 'FORBIDDEN'));
    await fillValid();
    await submit();
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(await screen.findByText('您的账号无权进行此操作（或对象不在您的管辖区域内）。')).toBeTruthy();
    expect(created).not.toHaveBeenCalled();
    expect((screen.getByLabelText('权益名称') as HTMLInputElement).value).toBe('科技馆特展门票一张');
  });
});
