import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { accountOf, meRoute, renderSignedIn } from '../../organisation/shared/testing/signed-in';
import { attendanceClock, type AttendanceCode, type AttendanceItem } from './attendance-api';
import { AttendancePage } from './attendance-page';

const user = userEventModule.setup({ delay: null });

const FIRST: AttendanceCode = {
  sessionId: 'ats-1',
  code: '482913',
  qr: 'ledger-checkin:ats-1:first',
  expiresAt: '2026-11-21T01:01:00.000Z', // 09:01 in Beijing
};
const NEXT = { code: '730154', qr: 'ledger-checkin:ats-1:next', expiresAt: '2026-11-21T01:02:00.000Z' };

const ITEMS: AttendanceItem[] = [
  {
    volunteerId: 'vol-1',
    signup: { id: 'sgn-1', status: 'accepted' },
    checkedInAt: '2026-11-21T00:45:00.000Z',
    farFromStation: true,
  },
  {
    volunteerId: 'vol-2',
    signup: null,
    checkedInAt: '2026-11-21T00:50:00.000Z',
    checkedOutAt: '2026-11-21T03:30:00.000Z',
    minutes: 160,
    serviceRecordId: 'rec-1',
  },
  { volunteerId: 'vol-3', signup: { id: 'sgn-3', status: 'accepted' } },
];
const NAMES = ['', '王芳', '李强', '张伟'];

function setUp() {
  const calls: string[] = [];
  installFetch(
    meRoute(accountOf('organiser')),
    on('GET', '/api/v1/activities/act-1', () =>
      jsonResponse(200, {
        id: 'act-1',
        projectId: 'prj-1',
        title: '科普大篷车进社区',
        startsAt: '2026-11-21T01:00:00.000Z',
        endsAt: '2026-11-21T03:30:00.000Z',
        regionCode: '410122',
        campaigns: [],
      }),
    ),
    on('POST', '/api/v1/activities/act-1/attendance', (url) => {
      calls.push(`POST ${url}`);
      return jsonResponse(201, FIRST);
    }),
    on('GET', '/api/v1/attendance/ats-1/code', (url) => {
      calls.push(`GET ${url}`);
      return jsonResponse(200, { sessionId: 'ats-1', ...NEXT });
    }),
    on('GET', '/api/v1/activities/act-1/attendance', () => jsonResponse(200, { items: ITEMS })),
    on('GET', /^\/api\/v1\/volunteers\/vol-\d$/, (url) => {
      const n = Number(url.slice(-1));
      return jsonResponse(200, { id: `vol-${n}`, name: NAMES[n], volunteerNo: `410122-2026-00000${n}` });
    }),
    on('POST', '/api/v1/attendance/ats-1/close', (url) => {
      calls.push(`POST ${url}`);
      return jsonResponse(200, {});
    }),
  );
  renderSignedIn(
    <Routes location="/admin/activities/act-1/attendance">
      <Route path="/admin/activities/:id/attendance" element={<AttendancePage />} />
    </Routes>,
  );
  return calls;
}

const realNow = attendanceClock.now;

describe('现场签到', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    attendanceClock.now = realNow;
  });

  it('opens attendance: a large QR code of qr and the 6 digits, read again when they expire', async () => {
    // The page's clock stands 1.5 s before the first pair expires.
    attendanceClock.now = () => Date.parse(FIRST.expiresAt) - 1500;
    const calls = setUp();
    expect(await screen.findByText('现场签到：科普大篷车进社区')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '开始签到' }));
    expect((await screen.findByTestId('attendance-code')).textContent).toBe('482913');
    expect(screen.getByTestId('attendance-expires').textContent).toBe('09:01 更换');

    await waitFor(() => expect(screen.getByTestId('attendance-code').textContent).toBe('730154'), {
      timeout: 4000,
    });
    await waitFor(() => expect(screen.getByTestId('attendance-qr').getAttribute('data-qr')).toBe(NEXT.qr));
    expect(screen.getByTestId('attendance-expires').textContent).toBe('09:02 更换');
    // The next pair lasts a minute: it is not read again meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toEqual(['POST /api/v1/activities/act-1/attendance', 'GET /api/v1/attendance/ats-1/code']);
  });

  it('shows the QR code of qr, and reads no new code before the current one expires', async () => {
    attendanceClock.now = () => Date.parse(FIRST.expiresAt) - 59_000;
    const calls = setUp();
    await user.click(await screen.findByRole('button', { name: '开始签到' }));
    const qr = await screen.findByTestId('attendance-qr');
    expect(qr.getAttribute('data-qr')).toBe(FIRST.qr);
    expect(qr.querySelector('svg')).not.toBeNull();
    expect(qr.getAttribute('aria-label')).toBe('签到二维码');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByTestId('attendance-code').textContent).toBe('482913');
    expect(calls).toEqual(['POST /api/v1/activities/act-1/attendance']);
  });

  it('lists who is in and out, and 结束签到 says who will be checked out before closing', async () => {
    attendanceClock.now = () => Date.parse(FIRST.expiresAt) - 59_000;
    const calls = setUp();
    await user.click(await screen.findByRole('button', { name: '开始签到' }));
    const list = await screen.findByTestId('attendance-list');
    await within(list).findByText(/王芳/);
    await within(list).findByText(/张伟/);
    expect(screen.getByTestId('attendance-counts').textContent).toBe('在场 1 人 · 已签退 1 人 · 未签到 1 人');
    const wang = within(list).getByText(/王芳/).closest('tr') as HTMLElement;
    expect(wang.textContent).toContain('在场');
    expect(wang.textContent).toContain('08:45');
    expect(wang.textContent).toContain('距站点超过 1 公里');
    expect(within(list).getByText(/张伟/).closest('tr')?.textContent).toContain('未签到');
    const li = within(list).getByText(/李强/).closest('tr') as HTMLElement;
    expect(li.textContent).toContain('未报名');
    expect(li.textContent).toContain('已签退');
    expect(li.textContent).toContain('11:30');
    expect(li.textContent).toContain('160');

    await user.click(screen.getByRole('button', { name: '结束签到' }));
    const [title] = await screen.findAllByText('结束“科普大篷车进社区”的现场签到？');
    const dialog = title.closest('.ant-modal') as HTMLElement;
    expect(dialog.textContent).toContain('仍在场的 1 人将按活动结束时间');
    await user.click(within(dialog).getByRole('button', { name: '结束签到' }));
    expect(await screen.findByTestId('attendance-closed')).toBeTruthy();
    expect(calls).toContain('POST /api/v1/attendance/ats-1/close');
    expect(screen.queryByTestId('attendance-qr')).toBeNull();
  });
});
