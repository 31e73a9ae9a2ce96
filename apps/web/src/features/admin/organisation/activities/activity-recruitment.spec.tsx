import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, type FakeResponse } from '../../../../../test/fake-fetch';
import type { Me } from '../../../../api/types';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Activity } from '../shared/types';
import { ActivityRecruitment } from './activity-recruitment';
import type { Recruitment, SignupItem } from './recruitment-api';

const user = userEventModule.setup({ delay: null });

const ACTIVITY: Activity = {
  id: 'act-1',
  projectId: 'prj-1',
  title: '科普大篷车进社区',
  startsAt: '2026-11-21T01:00:00.000Z', // 09:00 in Beijing
  endsAt: '2026-11-21T03:30:00.000Z',
  regionCode: '410122',
  campaigns: [],
};

const RECRUITMENT: Recruitment = {
  open: true,
  quota: 2,
  signupDeadline: '2026-11-20T18:00:00+08:00',
  approval: 'manual',
  audience: 'region',
  teamIds: [],
  walkIns: false,
};

const signup = (n: number, status: SignupItem['status'], waitlistPosition?: number): SignupItem => ({
  id: `sgn-${n}`,
  volunteerId: `vol-${n}`,
  status,
  signedUpAt: '2026-11-18T02:00:00.000Z',
  ...(waitlistPosition ? { waitlistPosition } : {}),
});

const SIGNUPS = [
  signup(1, 'accepted'),
  signup(2, 'pending'),
  signup(3, 'waitlisted', 1),
  signup(4, 'declined'),
  signup(5, 'withdrawn'),
  signup(6, 'no-show'),
];
const NAMES = ['', '王芳', '李强', '张伟', '赵敏', '刘洋', '陈静'];

/** An answer carrying the activity's ETag, as the server sends it. */
const tagged = (body: unknown, etag: string): FakeResponse =>
  ({
    ...jsonResponse(200, body),
    headers: { get: (name: string) => (name === 'etag' ? etag : null) },
  }) as FakeResponse;

function setUp(me: Me, recruitment: Recruitment | null = RECRUITMENT) {
  const sent: { url: string; body: unknown; ifMatch?: string }[] = [];
  installFetch(
    meRoute(me),
    on('GET', '/api/v1/activities/act-1/recruitment', () => tagged({ recruitment }, '"7"')),
    on('PUT', '/api/v1/activities/act-1/recruitment', (url, init) => {
      sent.push({ url, body: bodyOf(init), ifMatch: (init.headers as Record<string, string>)['If-Match'] });
      return jsonResponse(200, { recruitment: bodyOf(init) });
    }),
    on('GET', '/api/v1/activities/act-1/signups', () =>
      jsonResponse(200, { items: SIGNUPS, total: SIGNUPS.length, page: 1, pageSize: 20 }),
    ),
    on('GET', /^\/api\/v1\/volunteers\/vol-\d$/, (url) => {
      const n = Number(url.slice(-1));
      return jsonResponse(200, { id: `vol-${n}`, name: NAMES[n], volunteerNo: `410122-2026-00000${n}` });
    }),
    on('GET', '/api/v1/teams', () =>
      jsonResponse(200, {
        items: [{ id: 'tm-1', name: '中牟县科普志愿服务队', regionCode: '410122' }],
        total: 1,
        page: 1,
        pageSize: 20,
      }),
    ),
    on('POST', /^\/api\/v1\/signups\/sgn-\d\/(approve|decline)$/, (url, init) => {
      sent.push({ url, body: bodyOf(init) });
      return jsonResponse(200, {
        id: url.split('/')[4],
        status: url.endsWith('approve') ? 'accepted' : 'declined',
      });
    }),
  );
  renderSignedIn(<ActivityRecruitment activity={ACTIVITY} />);
  return sent;
}

const row = (name: string) =>
  within(screen.getByTestId('activity-signups')).getByText(new RegExp(name)).closest('tr') as HTMLElement;

describe('an activity’s recruitment and sign-ups', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the recruitment and every sign-up’s status in words, with the place in line', async () => {
    setUp(accountOf('organiser'));
    const summary = await screen.findByTestId('recruitment-summary');
    expect(summary.textContent).toContain('招募中');
    expect(summary.textContent).toContain('2026年11月20日 18:00');
    expect(summary.textContent).toContain('人工审核');
    await within(screen.getByTestId('activity-signups')).findByText(/王芳/);
    expect(row('王芳').textContent).toContain('已录取');
    expect(row('李强').textContent).toContain('待审核');
    expect(row('张伟').textContent).toContain('候补（第 1 位）');
    expect(row('赵敏').textContent).toContain('未通过');
    expect(row('刘洋').textContent).toContain('已取消');
    expect(row('陈静').textContent).toContain('缺席');
    // Only a pending sign-up is approved; declined, withdrawn and no-show ones are settled.
    expect(within(row('李强')).getByRole('button', { name: '录取' })).toBeTruthy();
    expect(within(row('王芳')).queryByRole('button', { name: '录取' })).toBeNull();
    expect(within(row('赵敏')).queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: '现场签到' }).getAttribute('href')).toBe(
      '/admin/activities/act-1/attendance',
    );
  });

  it('招募设置 sends the settings with If-Match, the activity’s ETag', async () => {
    const sent = setUp(accountOf('organiser'));
    await screen.findByTestId('recruitment-summary');
    await user.click(screen.getByRole('button', { name: '招募设置' }));
    const dialog = (await screen.findByText('招募设置：科普大篷车进社区')).closest(
      '.ant-modal',
    ) as HTMLElement;
    const quota = within(dialog).getByLabelText('名额');
    await user.clear(quota);
    await user.type(quota, '30');
    await user.click(within(dialog).getByLabelText('自动录取'));
    await user.click(within(dialog).getByTestId('recruitment-walk-ins'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      url: '/api/v1/activities/act-1/recruitment',
      ifMatch: '"7"',
      body: {
        open: true,
        quota: 30,
        signupDeadline: '2026-11-20T18:00:00+08:00',
        approval: 'auto',
        audience: 'region',
        walkIns: true,
      },
    });
  });

  it('an activity without recruitment starts from its start time; a teams audience needs a team', async () => {
    const sent = setUp(accountOf('admin'), null);
    expect(await screen.findByText('该活动未设置招募。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '招募设置' }));
    const dialog = (await screen.findByText('招募设置：科普大篷车进社区')).closest(
      '.ant-modal',
    ) as HTMLElement;
    await user.click(within(dialog).getByLabelText('指定队伍的成员'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请至少选择一支队伍')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('combobox', { name: '队伍' }));
    await user.click(
      await screen.findByText('中牟县科普志愿服务队', { selector: '.ant-select-item-option-content' }),
    );
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({
      open: true,
      quota: 10,
      signupDeadline: '2026-11-21T09:00:00+08:00',
      approval: 'auto',
      audience: 'teams',
      teamIds: ['tm-1'],
      walkIns: false,
    });
  });

  it('录取 approves a pending sign-up; 不通过 asks for the reason', async () => {
    const sent = setUp(accountOf('organiser'));
    await within(await screen.findByTestId('activity-signups')).findByText(/李强/);
    await user.click(within(row('李强')).getByRole('button', { name: '录取' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ url: '/api/v1/signups/sgn-2/approve', body: {} });

    await user.click(within(row('王芳')).getByRole('button', { name: '不通过' }));
    const dialog = (await screen.findByText(/不通过报名：王芳/)).closest('.ant-modal') as HTMLElement;
    await user.type(within(dialog).getByRole('textbox'), '年龄不符合要求');
    await user.click(within(dialog).getByRole('button', { name: '不通过' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ url: '/api/v1/signups/sgn-1/decline', body: { reason: '年龄不符合要求' } });
  });

  it('an auditor reads them and changes nothing', async () => {
    setUp(accountOf('auditor'));
    await within(await screen.findByTestId('activity-signups')).findByText(/李强/);
    expect(screen.queryByRole('button', { name: '招募设置' })).toBeNull();
    expect(screen.queryByRole('button', { name: '录取' })).toBeNull();
  });
});
