import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import { forgetRegions } from '../../../../components/regions/region-api';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../../organisation/shared/testing/signed-in';
import type { Me } from '../../../../api/types';
import type { StaffNeed } from './needs-staff-api';
import { NeedsInboxPage } from './needs-inbox-page';

const user = userEventModule.setup({ delay: null });

const need = (id: string, title: string, fields: Partial<StaffNeed> = {}): StaffNeed => ({
  id,
  trackingNo: `XQ-20261118-000${id.slice(-1)}`,
  title,
  description: '想请专家来讲一次。',
  field: 'rural-revitalization',
  regionCode: '410122',
  status: 'submitted',
  overdue: false,
  submittedAt: '2026-11-18T02:00:00.000Z',
  requester: { name: '王**', phone: '138****0000', organisation: '大孟镇李庄村委会' },
  timeline: [{ type: 'NeedSubmitted', at: '2026-11-18T02:00:00.000Z', by: 'public' }],
  ...fields,
});

const FRUIT = need('need-1', '果树病虫害防治培训');
const LATE = need('need-2', '中小学科学实验课', { field: 'science-education', overdue: true });
const SENT = need('need-3', '慢病防治讲座', { field: 'health', status: 'dispatched', teamId: 'tm-1' });

interface Call {
  method: string;
  url: string;
  body?: unknown;
}

function setUp(
  needs: StaffNeed[],
  me: Me = accountOf('admin'),
  command: (url: string) => ReturnType<typeof jsonResponse> = () => jsonResponse(200, {}),
) {
  const calls: Call[] = [];
  installFetch(
    meRoute(me),
    on('GET', /^\/api\/v1\/regions\/410122$/, () =>
      jsonResponse(200, {
        code: '410122',
        name: '中牟县',
        level: 'county',
        parentCode: '410100',
        fullName: '河南省郑州市中牟县',
        ancestors: [],
      }),
    ),
    on('GET', '/api/v1/needs', (url) => {
      calls.push({ method: 'GET', url });
      const status = new URL(url, 'http://console').searchParams.get('status');
      const page = Number(new URL(url, 'http://console').searchParams.get('page') ?? 1);
      const matching = needs.filter((n) => !status || n.status === status);
      const items = matching.slice((page - 1) * 20, page * 20);
      return jsonResponse(200, { items, total: matching.length, page, pageSize: 20 });
    }),
    on('GET', /^\/api\/v1\/needs\/need-\d$/, (url) =>
      jsonResponse(
        200,
        needs.find((n) => url.endsWith(n.id)),
      ),
    ),
    on('GET', /^\/api\/v1\/needs\/need-\d\/contact$/, (url) => {
      calls.push({ method: 'GET', url });
      // Each reading is recorded and shown in the timeline.
      const read = needs.findIndex((n) => url.includes(`/${n.id}/`));
      needs[read] = {
        ...needs[read],
        timeline: [
          ...(needs[read].timeline ?? []),
          { type: 'NeedContactRead', at: '2026-11-18T03:00:00.000Z', by: 'zhongmu.admin' },
        ],
      };
      return jsonResponse(200, { name: '王建国', phone: '13800000000', organisation: '大孟镇李庄村委会' });
    }),
    on('GET', '/api/v1/teams', () =>
      jsonResponse(200, {
        items: [{ id: 'tm-1', name: '中牟县科普志愿服务队', regionCode: '410122' }],
        total: 1,
        page: 1,
        pageSize: 20,
      }),
    ),
    on('POST', /^\/api\/v1\/needs\/need-\d\/\w+$/, (url, init) => {
      calls.push({ method: 'POST', url, body: bodyOf(init) });
      return command(url);
    }),
  );
  return calls;
}

const posts = (calls: Call[]) =>
  calls.filter((c) => c.method === 'POST').map(({ url, body }) => ({ url, body }));

async function openNeed(id: string) {
  await user.click(within(await screen.findByTestId(`need-row-${id}`)).getByRole('button', { name: '查看' }));
  return screen.findByTestId('need-detail');
}

/** antd puts a space between the two characters of a two-character button (受 理). */
const named = (text: string) => new RegExp(`^${text.split('').join('\\s?')}$`);

const drawerButton = (name: string) =>
  within(document.querySelector('.ant-drawer') as HTMLElement).getByRole('button', { name: named(name) });

const modal = async (title: string) =>
  (await screen.findByText(title, { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;

const ok = (dialog: HTMLElement) => user.click(within(dialog).getByRole('button', { name: named('确定') }));

describe('需求工单', () => {
  beforeEach(() => {
    sessionStorage.clear();
    forgetRegions();
  });

  it('lists overdue needs first with 已超时, and filters by status', async () => {
    const calls = setUp([FRUIT, LATE, SENT]);
    renderSignedIn(<NeedsInboxPage />);
    await screen.findByTestId('need-row-need-1');
    const rows = screen.getAllByTestId(/^need-row-/).map((row) => row.getAttribute('data-testid'));
    expect(rows).toEqual(['need-row-need-2', 'need-row-need-1', 'need-row-need-3']);
    expect(screen.getByTestId('need-row-need-2').textContent).toContain('已超时');
    expect(screen.getByTestId('need-row-need-1').textContent).not.toContain('已超时');
    expect(screen.getByTestId('need-row-need-3').textContent).toContain('已派单');
    expect(screen.getByTestId('need-row-need-2').textContent).toContain('科学教育');

    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.click(await screen.findByText('已派单', { selector: '.ant-select-item-option-content' }));
    await waitFor(() => expect(screen.queryByTestId('need-row-need-1')).toBeNull());
    expect(calls.at(-1)?.url).toContain('status=dispatched');
  });

  it('pages through the inbox 20 needs at a time', async () => {
    const many = Array.from({ length: 25 }, (_, n) => need(`need-${n + 10}`, `需求 ${n + 10}`));
    const calls = setUp(many);
    renderSignedIn(<NeedsInboxPage />);
    await screen.findByTestId('need-row-need-10');
    expect(screen.getAllByTestId(/^need-row-/)).toHaveLength(20);
    await user.click(screen.getByTitle('2'));
    await screen.findByTestId('need-row-need-34');
    expect(screen.getAllByTestId(/^need-row-/)).toHaveLength(5);
    expect(calls.at(-1)?.url).toContain('page=2');
  });

  it('shows the contact masked, and unmasked only on 查看联系方式, saying the view is recorded', async () => {
    const calls = setUp([{ ...FRUIT }]);
    renderSignedIn(<NeedsInboxPage />);
    const detail = await openNeed('need-1');
    expect(within(detail).getByTestId('need-contact-phone').textContent).toBe('138****0000');
    expect(detail.textContent).toContain('查看联系方式会被记录（查看人、时间），并显示在办理过程中。');
    expect(calls.some((c) => c.url.endsWith('/contact'))).toBe(false);
    await user.click(within(detail).getByRole('button', { name: '查看联系方式' }));
    await waitFor(() =>
      expect(within(detail).getByTestId('need-contact-phone').textContent).toBe('13800000000'),
    );
    expect(within(detail).getByTestId('need-contact-name').textContent).toBe('王建国');
    await waitFor(() =>
      expect(screen.getByTestId('need-detail').textContent).toContain(
        '2026年11月18日 11:00 查看了联系方式 · zhongmu.admin',
      ),
    );
    expect(calls.filter((c) => c.url.endsWith('/contact'))).toEqual([
      { method: 'GET', url: '/api/v1/needs/need-1/contact' },
    ]);
  });

  it('accepts a submitted need, and declines one only with a reason', async () => {
    const calls = setUp([FRUIT]);
    renderSignedIn(<NeedsInboxPage />);
    await openNeed('need-1');
    expect(screen.queryByRole('button', { name: '接单' })).toBeNull();
    await user.click(drawerButton('受理'));
    await waitFor(() => expect(posts(calls)).toEqual([{ url: '/api/v1/needs/need-1/accept', body: {} }]));

    // The drawer shows the need's next steps once the accepted need is read back.
    await user.click(await waitFor(() => drawerButton('不受理')));
    const dialog = await modal('不受理');
    await ok(dialog);
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(posts(calls)).toHaveLength(1);
    await user.type(within(dialog).getByLabelText('原因'), '不属于科技服务范围');
    await ok(dialog);
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    expect(posts(calls)[1]).toEqual({
      url: '/api/v1/needs/need-1/decline',
      body: { reason: '不属于科技服务范围' },
    });
  });

  it('dispatches an accepted need to a team of the region', async () => {
    const calls = setUp([need('need-4', '果树修剪', { status: 'accepted' })]);
    renderSignedIn(<NeedsInboxPage />);
    await openNeed('need-4');
    await user.click(drawerButton('派单'));
    const dialog = await modal('派单');
    await user.click(within(dialog).getByLabelText('队伍'));
    await user.click(
      await screen.findByText('中牟县科普志愿服务队', { selector: '.ant-select-item-option-content' }),
    );
    await ok(dialog);
    await waitFor(() =>
      expect(posts(calls)).toEqual([{ url: '/api/v1/needs/need-4/dispatch', body: { teamId: 'tm-1' } }]),
    );
  });

  it('a dispatched need is taken or handed back with a reason; a step from a wrong status is said in words', async () => {
    const calls = setUp([SENT], accountOf('admin'), (url) =>
      url.endsWith('/take')
        ? problemResponse(422, 'NEED_WRONG_STATUS', 'The need is taken')
        : jsonResponse(200, {}),
    );
    renderSignedIn(<NeedsInboxPage />);
    await openNeed('need-3');
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
    await user.click(drawerButton('接单'));
    expect(await screen.findByText('该需求的状态已变化，不能接单；已显示最新状态。')).toBeTruthy();
    await user.click(drawerButton('退回'));
    const dialog = await modal('退回');
    await user.type(within(dialog).getByLabelText('原因'), '队伍本月人手不足');
    await ok(dialog);
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    expect(posts(calls)).toEqual([
      { url: '/api/v1/needs/need-3/take', body: {} },
      { url: '/api/v1/needs/need-3/return', body: { reason: '队伍本月人手不足' } },
    ]);
  });

  const steps = () =>
    within(document.querySelector('.ant-drawer') as HTMLElement)
      .queryAllByRole('button')
      .map((button) => button.textContent?.replace(/\s/g, ''))
      .filter((name) => name && ['受理', '不受理', '派单', '接单', '退回', '关闭'].includes(name));

  it('offers the team’s organiser 接单 and 退回 only', async () => {
    setUp([SENT], accountOf('organiser'));
    renderSignedIn(<NeedsInboxPage />);
    await openNeed('need-3');
    expect(steps()).toEqual(['接单', '退回']);
  });

  it('offers an auditor no step', async () => {
    setUp([SENT], accountOf('auditor'));
    renderSignedIn(<NeedsInboxPage />);
    await openNeed('need-3');
    expect(steps()).toEqual([]);
  });
});
