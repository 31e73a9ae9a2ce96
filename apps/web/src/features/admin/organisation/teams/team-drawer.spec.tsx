import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import type { Me } from '../../../../api/types';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import { TeamDrawer } from './team-drawer';
import type { TeamMember } from './team-drawer-members';

const TEAM = {
  id: 'tm-1',
  name: '中牟县人民医院科技志愿服务队',
  regionCode: '410122',
  pilotId: null,
  institution: { kind: 'medical', name: '中牟县人民医院' },
  platformRegistrationNo: 'DMZY-410122-0001',
  memberCount: 2,
};
const MEMBERS = '/api/v1/teams/tm-1/members';

const current: TeamMember[] = [
  {
    volunteerId: 'vol-1',
    volunteerNo: '410122-2026-000001',
    name: '王建国',
    joinedAt: '2026-03-01T01:00:00.000Z',
  },
  {
    volunteerId: 'vol-2',
    volunteerNo: '410122-2026-000002',
    name: '李秀英',
    joinedAt: '2026-03-02T01:00:00.000Z',
  },
];
const left: TeamMember = {
  volunteerId: 'vol-3',
  volunteerNo: '410122-2026-000003',
  name: '张志强',
  joinedAt: '2026-02-01T01:00:00.000Z',
  exitedAt: '2026-04-01T02:00:00.000Z',
  exitReason: '毕业离校',
};

function setUp(me: Me, exitAnswer = () => jsonResponse(200, { status: 'exited', memberCount: 1 })) {
  const listed: URLSearchParams[] = [];
  const exits: { url: string; body: unknown }[] = [];
  let members = current;
  const changed = jest.fn();
  installFetch(
    meRoute(me),
    on('GET', '/api/v1/teams/tm-1', () => jsonResponse(200, { ...TEAM, memberCount: members.length })),
    on('GET', MEMBERS, (url) => {
      const query = new URL(url, 'http://x').searchParams;
      listed.push(query);
      const status = query.get('status');
      const items = status === 'exited' ? [left] : status === 'all' ? [left, ...members] : members;
      return jsonResponse(200, { items, total: items.length, page: 1, pageSize: 10 });
    }),
    on('POST', /^\/api\/v1\/teams\/tm-1\/members\/[^/]+\/exit$/, (url, init) => {
      exits.push({ url, body: bodyOf(init) });
      const answer = exitAnswer();
      if (answer.ok) members = members.filter((m) => !url.includes(`/${m.volunteerId}/`));
      return answer;
    }),
    on('GET', '/api/v1/volunteers', () => jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 })),
  );
  renderSignedIn(<TeamDrawer teamId="tm-1" onClose={() => undefined} onChanged={changed} />);
  return { listed, exits, changed };
}

const table = () => screen.getByTestId('team-members');
/** The exit dialog for the member (the drawer is a dialog too, so found by its title). */
const exitDialog = async (name: string) =>
  (await screen.findByText(`${name} 退出本队`)).closest('.ant-modal') as HTMLElement;
const row = (name: string) => within(table()).getByText(name).closest('tr') as HTMLElement;

describe('服务队详情：成员名单', () => {
  it('lists the current members by page with numbers and names, asking the server for active members', async () => {
    const { listed } = setUp(accountOf('organiser'));
    expect(await within(await screen.findByTestId('team-members')).findByText('王建国')).toBeTruthy();
    expect(within(table()).getByText('410122-2026-000002')).toBeTruthy();
    // Shanghai wall time.
    expect(within(row('王建国')).getByText('2026年3月1日 09:00')).toBeTruthy();
    expect(listed[0].get('status')).toBe('active');
    expect(listed[0].get('page')).toBe('1');
    expect(listed[0].get('pageSize')).toBe('10');
    expect(within(row('李秀英')).getByRole('button', { name: /退\s*出/ })).toBeTruthy();
  });

  it('shows those who left with the date and the reason, and no 退出 for them', async () => {
    const { listed } = setUp(accountOf('admin'));
    await within(await screen.findByTestId('team-members')).findByText('王建国');
    fireEvent.click(screen.getByText('已退出', { selector: '.ant-segmented-item-label' }));
    expect(await within(table()).findByText('张志强')).toBeTruthy();
    await waitFor(() => expect(listed.at(-1)!.get('status')).toBe('exited'));
    expect(within(row('张志强')).getByText(/2026年4月1日 10:00（毕业离校）/)).toBeTruthy();
    expect(within(row('张志强')).queryByRole('button')).toBeNull();
  });

  it('退出 needs a reason; once recorded the list, the size and the register reload', async () => {
    const { exits, changed, listed } = setUp(accountOf('organiser'));
    await within(await screen.findByTestId('team-members')).findByText('李秀英');
    await userEvent.click(within(row('李秀英')).getByRole('button', { name: /退\s*出/ }));
    const dialog = await exitDialog('李秀英');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    expect(await within(dialog).findByText('请填写退出原因')).toBeTruthy();
    expect(exits).toHaveLength(0);

    const before = listed.length;
    fireEvent.change(within(dialog).getByLabelText('退出原因'), { target: { value: '  工作调动 ' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(exits).toHaveLength(1));
    expect(exits[0].url).toBe(`${MEMBERS}/vol-2/exit`);
    expect(exits[0].body).toEqual({ reason: '工作调动' });
    expect(await screen.findByText('李秀英 已退出，现有成员 1 人。')).toBeTruthy();
    await waitFor(() => expect(within(table()).queryByText('李秀英')).toBeNull());
    expect(listed.length).toBeGreaterThan(before);
    expect(changed).toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('member-count').textContent).toBe('1'));
  });

  it('a refused exit is explained and the member stays listed', async () => {
    const { exits } = setUp(accountOf('organiser'), () => problemResponse(422, 'NOT_A_MEMBER'));
    await within(await screen.findByTestId('team-members')).findByText('王建国');
    await userEvent.click(within(row('王建国')).getByRole('button', { name: /退\s*出/ }));
    const dialog = await exitDialog('王建国');
    fireEvent.change(within(dialog).getByLabelText('退出原因'), { target: { value: '毕业离校' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(exits).toHaveLength(1));
    expect(await screen.findByText('该志愿者不是这支队伍的成员。')).toBeTruthy();
    expect(within(table()).getByText('王建国')).toBeTruthy();
  });

  it('an auditor reads the list but may neither add nor exit members', async () => {
    setUp(accountOf('auditor'));
    await within(await screen.findByTestId('team-members')).findByText('王建国');
    expect(within(table()).queryByRole('button', { name: /退\s*出/ })).toBeNull();
    expect(screen.queryByTestId('join-form')).toBeNull();
  });
});
