import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleApp } from '../../app/app';
import { installFetch, jsonResponse, on } from '../../../test/fake-fetch';
import type { Benefit, Redemption } from './venue-api';

const PARTNER = 'ptn-60618c108a31de324817c072';
const CONSEQUENCE = '撤销后，100 积分退回志愿者，名额退回权益，此操作不可撤回。';

const BENEFIT: Benefit = {
  id: 'ben-000000000000000000000001',
  partnerId: PARTNER,
  title: '科技馆特展门票一张',
  pointsCost: 100,
  minStarLevel: 1,
  stock: 50,
  stockLeft: 47,
  held: 1,
  captured: 2,
  perVolunteerLimit: 2,
  validFrom: '2026-01-01',
  validTo: '2099-12-31',
};

const redemption = (id: string, status: Redemption['status'], requestedAt: string): Redemption => ({
  id,
  status,
  benefitId: BENEFIT.id,
  partnerId: PARTNER,
  volunteerId: 'vol-a56d791220e34911afb345ef',
  points: 100,
  via: 'partner-code',
  requestedAt,
  expiresAt: '2099-01-01T00:00:00Z',
});

function signedIn(path: string) {
  sessionStorage.setItem(
    'ledger.session',
    JSON.stringify({ token: 'token', expiresAt: Date.now() + 3_600_000 }),
  );
  window.history.pushState({}, '', path);
  return installFetch(
    on('GET', '/api/v1/auth/me', () =>
      jsonResponse(200, {
        accountId: 'acc-2',
        username: 'zhongmu.venue',
        role: 'partner',
        regionCode: '410122',
        partnerId: PARTNER,
      }),
    ),
    on('GET', `/api/v1/partners/${PARTNER}/benefits`, () =>
      jsonResponse(200, { items: [BENEFIT], total: 1, page: 1, pageSize: 20 }),
    ),
    on('GET', `/api/v1/partners/${PARTNER}/redemptions`, () =>
      jsonResponse(200, {
        items: [
          redemption('red-000000000000000000000001', 'captured', '2026-06-01T01:00:00Z'),
          redemption('red-000000000000000000000002', 'held', '2026-06-01T02:00:00Z'),
        ],
      }),
    ),
    on('POST', '/api/v1/redemptions/red-000000000000000000000002/void', () =>
      jsonResponse(200, redemption('red-000000000000000000000002', 'voided', '2026-06-01T02:00:00Z')),
    ),
  );
}

describe('the venue’s pages in the console', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    sessionStorage.clear();
    errors = jest.spyOn(console, 'error');
  });
  afterEach(() => {
    // No React or antd warning (keys, deprecated props) on any page.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('lists the day’s redemptions, latest first, and voids a held one with a reason', async () => {
    const fetchSpy = signedIn('/venue/redemptions');
    render(<ConsoleApp />);
    expect((await screen.findByTestId('redemptions-summary')).textContent).toBe(
      '共 2 笔，已核销 1 笔、100 积分',
    );
    const rows = await screen.findAllByRole('row');
    await waitFor(() => expect(within(rows[1]).queryByText('科技馆特展门票一张')).toBeTruthy());
    expect(within(rows[1]).getByText('已预留')).toBeTruthy();
    expect(within(rows[2]).getByText('已核销')).toBeTruthy();
    expect(within(rows[2]).queryByRole('button')).toBeNull();

    const voidCalls = () =>
      fetchSpy.mock.calls.filter(([url]: [string, RequestInit]) => url.endsWith('/void')).length;
    await userEvent.click(within(rows[1]).getByRole('button', { name: '撤销' }));
    expect(await screen.findByText(CONSEQUENCE)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.queryByText(CONSEQUENCE)).toBeNull());
    expect(voidCalls()).toBe(0);

    await userEvent.click(within(rows[1]).getByRole('button', { name: '撤销' }));
    await userEvent.click(await screen.findByRole('button', { name: '确认撤销' }));
    expect(await screen.findByText('请填写撤销原因')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('撤销原因'), '顾客取消');
    await userEvent.click(screen.getByRole('button', { name: '确认撤销' }));
    await waitFor(() =>
      expect(
        fetchSpy.mock.calls.some(
          ([url, init]: [string, RequestInit]) =>
            url.endsWith('/void') && JSON.parse(String(init.body)).reason === '顾客取消',
        ),
      ).toBe(true),
    );
    expect(voidCalls()).toBe(1);
  });

  it('shows the benefits with the stock left', async () => {
    signedIn('/venue/benefits');
    render(<ConsoleApp />);
    const card = await screen.findByTestId('benefit-card');
    expect(within(card).getByTestId('benefit-stock-left').textContent).toBe('剩余 47 / 共 50');
    expect(within(card).getByText('1 星')).toBeTruthy();
    expect(within(card).getByText('在兑')).toBeTruthy();
  });

  it('opens on the counter', async () => {
    signedIn('/venue');
    render(<ConsoleApp />);
    expect(await screen.findByTestId('volunteer-code-input')).toBeTruthy();
    expect(screen.getByRole('button', { name: '查询' })).toBeTruthy();
  });
});
