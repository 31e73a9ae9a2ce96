import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleApp } from '../../app/app';
import { installFetch, jsonResponse, on } from '../../../test/fake-fetch';
import type { HistoryItem, VolunteerSummary } from './volunteer-api';

const ID = 'vol-a56d791220e34911afb345ef';
const base = `/api/v1/volunteers/${ID}`;

const SUMMARY: VolunteerSummary = {
  volunteerId: ID,
  confirmedMinutes: 6030,
  pendingMinutes: 90,
  starLevel: 0,
  qualifiedStarLevel: 1,
  points: {
    // 230 − 30 clawed back − 0 spent − 0 expired − 60 held = 140 available.
    available: 140,
    held: 60,
    earned: 230,
    clawedBack: 30,
    spent: 0,
    expired: 0,
    expiring: [
      { expiresOn: '2099-12-31', points: 100 },
      { expiresOn: '2100-12-31', points: 40 },
    ],
  },
  timeBank: { balanceMinutes: 300 },
};

const line = (at: string, kind: HistoryItem['kind'], delta: number, reason: string): HistoryItem => ({
  at,
  kind,
  delta,
  balanceAfter: delta,
  reason,
  source: { type: 'service-record', id: `rec-${at}` },
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
        accountId: 'acc-1',
        username: 'volunteer.demo',
        role: 'volunteer',
        regionCode: '410122',
        volunteerId: ID,
      }),
    ),
    on('GET', `${base}/summary`, () => jsonResponse(200, SUMMARY)),
    on('GET', `${base}/monthly-hours`, () =>
      jsonResponse(200, {
        volunteerId: ID,
        months: [
          { month: '2026-04', minutes: 0, records: 0 },
          { month: '2026-05', minutes: 120, records: 1 },
        ],
      }),
    ),
    on('GET', `${base}/history`, (url) =>
      jsonResponse(
        200,
        url.includes('cursor=')
          ? {
              items: [
                line(
                  '2026-05-01T02:00:00Z',
                  'points',
                  20,
                  'bonus for a completed training (rules points-2026.1)',
                ),
              ],
            }
          : {
              items: [
                line('2026-05-30T06:05:00Z', 'hours', 120, 'service record confirmed'),
                line(
                  '2026-05-30T06:05:00Z',
                  'time-bank',
                  120,
                  'confirmed service deposited (rules time-bank-2026.1)',
                ),
              ],
              next: 'c2',
            },
      ),
    ),
    on('POST', `${base}/redemption-codes`, () =>
      jsonResponse(201, {
        code: '4831920571938264',
        expiresAt: new Date(Date.now() + 300_000).toISOString(),
      }),
    ),
    on('GET', '/api/v1/certificates', () =>
      jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 10 }),
    ),
    on('GET', `${base}/family`, () =>
      jsonResponse(200, {
        items: [
          {
            volunteerId: 'vol-0123456789abcdef01234567',
            volunteerNo: '410122-2026-000002',
            name: '李秀英',
            relation: 'parent',
          },
        ],
      }),
    ),
  );
}

describe('the volunteer’s pages in the console', () => {
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

  it('shows hours, star, points and time bank on the home page', async () => {
    signedIn('/volunteer');
    render(<ConsoleApp />);
    expect((await screen.findByTestId('confirmed-hours')).textContent).toBe('100 小时 30 分钟');
    expect(screen.getByTestId('star-level').textContent).toContain('0');
    expect(screen.getByText('按已确认时长可认定：1 星')).toBeTruthy();
    expect(screen.getByTestId('next-star').textContent).toBe('距 2 星（累计 300 小时）还需 199 小时 30 分钟');
    expect(screen.getByTestId('points-available').textContent).toBe('140');
    expect(screen.getByTestId('points-clawed-back').textContent).toBe('30');
    expect(screen.getByText('已扣回')).toBeTruthy();
    expect(screen.getByTestId('points-expiring').textContent).toMatch(/^100 积分将于 2099-12-31 到期/);
    expect(screen.getByTestId('time-bank-balance').textContent).toBe('5 小时');
    expect(await screen.findByRole('img', { name: '每月服务时长（近 12 个月，已确认）' })).toBeTruthy();
  });

  it('lists the history with reasons in words and loads older lines on request', async () => {
    signedIn('/volunteer/history');
    render(<ConsoleApp />);
    expect(await screen.findByText('服务记录已确认')).toBeTruthy();
    expect(screen.getByText('确认服务存入时间银行')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('完成培训奖励积分')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('history-item')).toHaveLength(3));
    expect(screen.getByText('没有更早的记录了')).toBeTruthy();
  });

  it('renders the certificates and family pages', async () => {
    signedIn('/volunteer/certificates');
    const { unmount } = render(<ConsoleApp />);
    expect(await screen.findByText('还没有申请过证明。')).toBeTruthy();
    unmount();
    signedIn('/volunteer/family');
    render(<ConsoleApp />);
    expect((await screen.findAllByText('李秀英（父母）')).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('time-bank-balance').textContent).toBe('5 小时'));
  });

  it('shows a new redemption code as a QR code and in groups of four', async () => {
    signedIn('/volunteer/redeem');
    render(<ConsoleApp />);
    await userEvent.click(await screen.findByRole('button', { name: /生成兑换码/ }));
    expect((await screen.findByTestId('redemption-code')).textContent).toBe('4831 9205 7193 8264');
    expect(await screen.findByRole('img', { name: '兑换码二维码' })).toBeTruthy();
    expect(screen.getByText(/只能使用一次/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /重新生成/ })).toBeTruthy();
  });
});
