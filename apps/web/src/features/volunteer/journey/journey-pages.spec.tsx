import { render, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../test/fake-fetch';
import type { Me } from '../../../api/types';
import { ConsoleApp } from '../../../app/app';
import { bodyOf, meRoute, renderSignedIn } from '../../admin/organisation/shared/testing/signed-in';
import { CheckInPage } from './check-in-page';
import type { MySignup, OpenActivity } from './journey-api';
import { MySignupsPage, OpenActivitiesPage } from './open-activities-page';

const user = userEventModule.setup({ delay: null });

const ME: Me = {
  accountId: 'acc-vol',
  username: 'volunteer.demo',
  role: 'volunteer',
  regionCode: '410122',
  volunteerId: 'vol-a56d791220e34911afb345ef',
};

const activity = (id: string, title: string, fields: Partial<OpenActivity> = {}): OpenActivity => ({
  id,
  title,
  startsAt: '2026-11-21T01:00:00.000Z', // 09:00 in Beijing
  endsAt: '2026-11-21T03:30:00.000Z', // 11:30
  regionCode: '410122',
  quota: 10,
  accepted: 3,
  waitlisted: 0,
  signupDeadline: '2026-11-20T10:00:00.000Z', // 18:00
  ...fields,
});

const CARAVAN = activity('act-1', '科普大篷车进社区');
const FULL = activity('act-2', '社区义诊', { quota: 5, accepted: 5, waitlisted: 2 });

function setUp(items: OpenActivity[], signUp?: (activityId: string) => ReturnType<typeof jsonResponse>) {
  const calls: { url: string; body: unknown }[] = [];
  installFetch(
    meRoute(ME),
    on('GET', '/api/v1/regions/410122', () =>
      jsonResponse(200, {
        code: '410122',
        name: '中牟县',
        level: 'county',
        parentCode: '410100',
        fullName: '河南省郑州市中牟县',
        ancestors: [],
      }),
    ),
    on('GET', '/api/v1/activities/open', () =>
      jsonResponse(200, { items, total: items.length, page: 1, pageSize: 50 }),
    ),
    on('POST', /^\/api\/v1\/activities\/act-\d\/signups$/, (url, init) => {
      calls.push({ url, body: bodyOf(init) });
      return signUp!(url.split('/')[4]);
    }),
    on('POST', /^\/api\/v1\/signups\/sgn-\d\/withdraw$/, (url, init) => {
      calls.push({ url, body: bodyOf(init) });
      return jsonResponse(200, { id: url.split('/')[4], status: 'withdrawn' });
    }),
  );
  return calls;
}

const card = async (id: string) => screen.findByTestId(`open-activity-${id}`);

describe('找活动', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists recruiting activities with Beijing times, the region by name, places left and the deadline', async () => {
    setUp([CARAVAN, FULL]);
    renderSignedIn(<OpenActivitiesPage />);
    const caravan = await card('act-1');
    expect(caravan.textContent).toContain('2026年11月21日 09:00–11:30');
    expect(within(caravan).getByTestId('places-left').textContent).toBe('7 / 10');
    expect(caravan.textContent).toContain('2026年11月20日 18:00');
    await within(caravan).findByText('中牟县');
    expect(within(await card('act-2')).getByTestId('places-left').textContent).toBe('0 / 5');
  });

  it('报名 says accepted in words; on a full activity it says the place in line', async () => {
    const calls = setUp([CARAVAN, FULL], (id) =>
      jsonResponse(201, { id: 'sgn-9', status: id === 'act-1' ? 'accepted' : 'waitlisted' }),
    );
    renderSignedIn(<OpenActivitiesPage />);
    await user.click(within(await card('act-1')).getByRole('button', { name: '报名' }));
    expect((await screen.findByTestId('journey-result')).textContent).toBe(
      '报名成功，你已被录取“科普大篷车进社区”。',
    );
    expect(calls[0]).toEqual({ url: '/api/v1/activities/act-1/signups', body: {} });

    await user.click(within(await card('act-2')).getByRole('button', { name: '报名' }));
    await waitFor(() =>
      expect(screen.getByTestId('journey-result').textContent).toContain('你已进入候补（第 3 位）'),
    );
  });

  it('pending approval is said as such', async () => {
    setUp([CARAVAN], () => jsonResponse(201, { id: 'sgn-9', status: 'pending' }));
    renderSignedIn(<OpenActivitiesPage />);
    await user.click(within(await card('act-1')).getByRole('button', { name: '报名' }));
    expect((await screen.findByTestId('journey-result')).textContent).toContain('等待组织者审核');
  });

  it('a refusal is said in words, never as its code', async () => {
    setUp([CARAVAN], () => problemResponse(422, 'SCHEDULE_CONFLICT'));
    renderSignedIn(<OpenActivitiesPage />);
    await user.click(within(await card('act-1')).getByRole('button', { name: '报名' }));
    const said = await screen.findByTestId('journey-result');
    expect(said.textContent).toBe('未能完成：与已报名成功的另一活动时间冲突。');
    expect(said.textContent).not.toContain('SCHEDULE_CONFLICT');
  });
});

describe('我的报名', () => {
  beforeEach(() => sessionStorage.clear());
  // The business "now": 18 November 2026, 10:00 in Beijing (before the 21st, after the 15th).
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-18T02:00:00.000Z')));
  afterEach(() => jest.restoreAllMocks());

  const signup = (id: string, title: string, status: MySignup['status'], fields: Partial<MySignup> = {}) =>
    ({
      id,
      activity: {
        id: `act-${id}`,
        title,
        startsAt: '2026-11-21T01:00:00.000Z',
        endsAt: '2026-11-21T03:30:00.000Z',
        regionCode: '410122',
      },
      status,
      signedUpAt: '2026-11-10T06:05:00.000Z', // 14:05 in Beijing
      ...fields,
    }) as MySignup;
  const ENDED = {
    startsAt: '2026-11-15T01:00:00.000Z',
    endsAt: '2026-11-15T03:00:00.000Z',
    regionCode: '410122',
  };

  function setUpMine(pages: MySignup[][], total = pages.flat().length) {
    const calls: { url: string; body: unknown }[] = [];
    installFetch(
      meRoute(ME),
      on('GET', '/api/v1/regions/410122', () =>
        jsonResponse(200, {
          code: '410122',
          name: '中牟县',
          level: 'county',
          parentCode: '410100',
          fullName: '河南省郑州市中牟县',
          ancestors: [],
        }),
      ),
      on('GET', `/api/v1/volunteers/${ME.volunteerId}/signups`, (url) => {
        calls.push({ url, body: undefined });
        const page = Number(new URL(url, 'http://x').searchParams.get('page') ?? '1');
        return jsonResponse(200, { items: pages[page - 1] ?? [], total, page, pageSize: 20 });
      }),
      on('GET', '/api/v1/activities/open', () => {
        throw new Error('我的报名 does not read the open list');
      }),
      on('POST', /^\/api\/v1\/signups\/sgn-\d\/withdraw$/, (url, init) => {
        calls.push({ url, body: bodyOf(init) });
        return jsonResponse(200, { id: url.split('/')[4], status: 'withdrawn' });
      }),
    );
    return calls;
  }

  const mine = async (id: string) => screen.findByTestId(`my-signup-${id}`);

  it('lists every sign-up of the volunteer, closed and ended ones too, with statuses in words and Beijing times', async () => {
    setUpMine([
      [
        signup('sgn-1', '敬老院探访', 'accepted'),
        signup('sgn-2', '社区义诊', 'waitlisted', { waitlistPosition: 2 }),
        signup('sgn-3', '环保宣传', 'pending'),
        signup('sgn-4', '图书整理', 'declined'),
        signup('sgn-5', '交通劝导', 'withdrawn'),
        signup('sgn-6', '科普大篷车进社区', 'no-show', {
          activity: { id: 'act-6', title: '科普大篷车进社区', ...ENDED },
        }),
      ],
    ]);
    renderSignedIn(<MySignupsPage />);
    const statuses = await Promise.all(
      ['sgn-1', 'sgn-2', 'sgn-3', 'sgn-4', 'sgn-5', 'sgn-6'].map(
        async (id) => within(await mine(id)).getByTestId('my-signup-status').textContent,
      ),
    );
    expect(statuses).toEqual(['已录取', '候补（第 2 位）', '待审核', '未通过', '已取消', '缺席']);
    const first = await mine('sgn-1');
    expect(first.textContent).toContain('2026年11月21日 09:00–11:30');
    expect(first.textContent).toContain('2026年11月10日 14:05');
    await within(first).findByText('中牟县');
    expect((await mine('sgn-6')).textContent).toContain('2026年11月15日 09:00–11:00');
  });

  it('offers 取消报名 only before the start and while the sign-up holds a place or a place in line', async () => {
    setUpMine([
      [
        signup('sgn-1', '敬老院探访', 'accepted'),
        signup('sgn-2', '社区义诊', 'waitlisted', { waitlistPosition: 1 }),
        signup('sgn-3', '环保宣传', 'pending'),
        signup('sgn-4', '图书整理', 'declined'),
        signup('sgn-5', '交通劝导', 'withdrawn'),
        signup('sgn-6', '科普大篷车进社区', 'accepted', {
          activity: { id: 'act-6', title: '科普大篷车进社区', ...ENDED },
        }),
      ],
    ]);
    renderSignedIn(<MySignupsPage />);
    const withdrawable = await Promise.all(
      ['sgn-1', 'sgn-2', 'sgn-3', 'sgn-4', 'sgn-5', 'sgn-6'].map(
        async (id) => within(await mine(id)).queryByRole('button', { name: '取消报名' }) !== null,
      ),
    );
    expect(withdrawable).toEqual([true, true, true, false, false, false]);
  });

  it('取消报名 withdraws after a confirmation and reads the list again', async () => {
    const calls = setUpMine([[signup('sgn-3', '敬老院探访', 'accepted')]]);
    renderSignedIn(<MySignupsPage />);
    await user.click(within(await mine('sgn-3')).getByRole('button', { name: '取消报名' }));
    await user.click(
      within(document.querySelector('.ant-popconfirm') as HTMLElement).getByRole('button', {
        name: '取消报名',
      }),
    );
    expect((await screen.findByTestId('journey-result')).textContent).toBe('已取消报名“敬老院探访”。');
    await waitFor(() => expect(calls.filter((c) => c.url.includes('/volunteers/'))).toHaveLength(2));
    expect(calls.filter((c) => c.url.includes('/withdraw'))).toEqual([
      { url: '/api/v1/signups/sgn-3/withdraw', body: {} },
    ]);
  });

  it('pages through more sign-ups than fit on one page', async () => {
    const firstPage = Array.from({ length: 20 }, (_, i) => signup(`sgn-p${i}`, `活动${i}`, 'withdrawn'));
    const calls = setUpMine([firstPage, [signup('sgn-9', '最早的活动', 'no-show')]], 21);
    renderSignedIn(<MySignupsPage />);
    await mine('sgn-p0');
    await user.click(screen.getByTitle('2'));
    await mine('sgn-9');
    expect(calls.map((c) => new URL(c.url, 'http://x').search)).toEqual([
      '?page=1&pageSize=20',
      '?page=2&pageSize=20',
    ]);
  });

  it('says when there is none yet', async () => {
    setUpMine([[]]);
    renderSignedIn(<MySignupsPage />);
    expect(await screen.findByText('你还没有报名任何活动。去“找活动”看看。')).toBeTruthy();
  });
});

describe('扫码签到', () => {
  beforeEach(() => sessionStorage.clear());

  function setUpCheckIn(checkIn: () => ReturnType<typeof jsonResponse>) {
    const calls: { url: string; body: unknown }[] = [];
    installFetch(
      meRoute(ME),
      on('POST', '/api/v1/check-ins', (url, init) => {
        calls.push({ url, body: bodyOf(init) });
        return checkIn();
      }),
      on('POST', '/api/v1/check-outs', (url, init) => {
        calls.push({ url, body: bodyOf(init) });
        return jsonResponse(200, {
          attendanceId: 'att-1',
          checkedOutAt: '2026-11-21T03:30:00.000Z',
          serviceRecordId: 'rec-1',
          minutes: 150,
        });
      }),
    );
    return calls;
  }

  it('checks the typed code before sending it', async () => {
    const calls = setUpCheckIn(() => jsonResponse(201, {}));
    renderSignedIn(<CheckInPage />);
    await user.type(await screen.findByTestId('check-in-code'), '4829');
    await user.click(screen.getByRole('button', { name: '签到' }));
    expect(await screen.findByText('签到码为 6 位数字')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('checks in and out with the typed 6 digits (no location when the browser has none)', async () => {
    const calls = setUpCheckIn(() =>
      jsonResponse(201, {
        attendanceId: 'att-1',
        activityId: 'act-1',
        checkedInAt: '2026-11-21T00:45:00.000Z',
      }),
    );
    renderSignedIn(<CheckInPage />);
    await user.type(await screen.findByTestId('check-in-code'), '482913');
    await user.click(screen.getByRole('button', { name: '签到' }));
    expect((await screen.findByTestId('check-in-result')).textContent).toContain('签到成功（08:45）');
    await user.click(screen.getByRole('button', { name: '签退' }));
    await waitFor(() =>
      expect(screen.getByTestId('check-in-result').textContent).toContain(
        '签退成功（11:30），本次服务 150 分钟',
      ),
    );
    expect(calls).toEqual([
      { url: '/api/v1/check-ins', body: { code: '482913' } },
      { url: '/api/v1/check-outs', body: { code: '482913' } },
    ]);
  });

  it('sends the location when the phone gives one quickly', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) =>
          ok({ coords: { latitude: 34.72, longitude: 114.02 } } as GeolocationPosition),
      },
    });
    try {
      const calls = setUpCheckIn(() =>
        jsonResponse(201, {
          attendanceId: 'att-1',
          activityId: 'act-1',
          checkedInAt: '2026-11-21T00:45:00.000Z',
        }),
      );
      renderSignedIn(<CheckInPage />);
      await user.type(await screen.findByTestId('check-in-code'), '482913');
      await user.click(screen.getByRole('button', { name: '签到' }));
      await screen.findByTestId('check-in-result');
      expect(calls[0].body).toEqual({ code: '482913', location: { lat: 34.72, lng: 114.02 } });
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: undefined });
    }
  });

  it('an expired or wrong code is refused in words', async () => {
    setUpCheckIn(() => problemResponse(422, 'CHECKIN_CODE_INVALID'));
    renderSignedIn(<CheckInPage />);
    await user.type(await screen.findByTestId('check-in-code'), '000000');
    await user.click(screen.getByRole('button', { name: '签到' }));
    expect((await screen.findByTestId('check-in-result')).textContent).toBe(
      '未能完成：签到码无效或已过期，请扫描现场最新的二维码或输入最新的 6 位数字。',
    );
  });

  it('without a camera the scanner says to type the code', async () => {
    setUpCheckIn(() => jsonResponse(201, {}));
    renderSignedIn(<CheckInPage />);
    await user.click(await screen.findByRole('button', { name: /扫码/ }));
    expect((await screen.findByTestId('camera-problem')).textContent).toContain('请输入 6 位签到码');
  });
});

describe('a check-in QR code opened by the phone’s camera', () => {
  beforeEach(() => sessionStorage.clear());

  it('/check-in?code=… lands on 扫码签到 with the code read, and 签到 / 签退 send it', async () => {
    const token = 'ats-0123456789abcdef01234567.k3x9z1.AbCdEfGhIjKlMnOpQrStUv';
    sessionStorage.setItem(
      'ledger.session',
      JSON.stringify({ token: 'token', expiresAt: Date.now() + 3_600_000 }),
    );
    window.history.pushState({}, '', `/check-in?code=${token}`);
    const calls: { url: string; body: unknown }[] = [];
    installFetch(
      meRoute(ME),
      on('POST', '/api/v1/check-ins', (url, init) => {
        calls.push({ url, body: bodyOf(init) });
        return jsonResponse(201, {
          attendanceId: 'att-1',
          activityId: 'act-1',
          checkedInAt: '2026-11-18T02:00:00.000Z',
        });
      }),
      on('POST', '/api/v1/check-outs', (url, init) => {
        calls.push({ url, body: bodyOf(init) });
        return jsonResponse(200, {
          attendanceId: 'att-1',
          checkedOutAt: '2026-11-18T04:00:00.000Z',
          serviceRecordId: 'rec-1',
          minutes: 120,
        });
      }),
    );
    render(<ConsoleApp />);
    expect((await screen.findByTestId('check-in-result')).textContent).toContain('已读取签到二维码');
    await waitFor(() => expect(window.location.pathname).toBe('/volunteer/check-in'));
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() =>
      expect(screen.getByTestId('check-in-result').textContent).toContain('签到成功（10:00）'),
    );
    await user.click(screen.getByRole('button', { name: '签退' }));
    await waitFor(() =>
      expect(screen.getByTestId('check-in-result').textContent).toContain('本次服务 120 分钟'),
    );
    expect(calls).toEqual([
      { url: '/api/v1/check-ins', body: { code: token } },
      { url: '/api/v1/check-outs', body: { code: token } },
    ]);
  });
});
