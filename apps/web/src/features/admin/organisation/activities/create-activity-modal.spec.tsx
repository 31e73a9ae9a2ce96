import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Activity, Project } from '../shared/types';
import { CreateActivityModal } from './create-activity-modal';

const project: Project = {
  id: 'prj-8f14e45fceea167a5a36dedd',
  name: '乡村振兴科技服务行',
  teamId: 'tm-1f0e3dad99908345f7439f8f',
  regionCode: '410122',
  pilotId: null,
  field: 'rural-revitalization',
};

const page = <T,>(items: T[]) => jsonResponse(200, { items, total: items.length, page: 1, pageSize: 20 });

function setUp() {
  const posted: RequestInit[] = [];
  const created = jest.fn();
  const fetchSpy = installFetch(
    meRoute(accountOf('organiser')),
    on('GET', '/api/v1/projects', () => page([project])),
    on('GET', '/api/v1/stations', () => page([])),
    on('POST', '/api/v1/activities', (_url, init) => {
      posted.push(init);
      const body = bodyOf(init) as Activity;
      return jsonResponse(201, {
        ...body,
        id: 'act-45c48cce2e2d7fbdea1afc51',
        pilotId: null,
        stationId: null,
        campaigns: [
          {
            id: 'xueleifeng-2026',
            name: 'Learn from Lei Feng week',
            nameZh: '学雷锋志愿服务周',
            from: null,
            to: null,
            pointsMultiplier: 2,
          },
        ],
      });
    }),
  );
  renderSignedIn(<CreateActivityModal open onClose={() => undefined} onCreated={created} />);
  return { posted, created, fetchSpy };
}

async function chooseProject() {
  const select = await screen.findByTestId('activity-project');
  fireEvent.mouseDown(within(select).getByRole('combobox'));
  await userEvent.click(await screen.findByTitle(project.name));
}

/** Types a date-time into an antd picker and presses Enter, which takes it at once. */
function typeTime(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

const typeText = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

const submit = () => userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));

describe('新建活动', () => {
  it('asks for the project, the title and both times before it sends anything', async () => {
    const { posted } = setUp();
    await screen.findByTestId('activity-form');
    await submit();
    expect(await screen.findByText('请选择所属项目')).toBeTruthy();
    expect(screen.getByText('请填写活动名称')).toBeTruthy();
    expect(screen.getByText('请填写开始时间')).toBeTruthy();
    expect(screen.getByText('请填写结束时间')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });

  it('refuses an end that is not after the start, and an activity longer than 31 days', async () => {
    const { posted } = setUp();
    await chooseProject();
    typeText('活动名称', '科普进社区');
    typeTime('开始时间', '2026-03-05 09:00');
    typeTime('结束时间', '2026-03-05 09:00');
    await submit();
    expect(await screen.findByText('结束时间必须晚于开始时间')).toBeTruthy();

    typeTime('结束时间', '2026-04-06 09:00');
    await submit();
    expect(await screen.findByText('一次活动最长 31 天')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });

  it('sends Beijing times with +08:00 and the project’s region, and hands back the campaigns', async () => {
    const { posted, created } = setUp();
    await chooseProject();
    typeText('活动名称', '  学雷锋科普进社区 ');
    typeTime('开始时间', '2026-03-05 09:00');
    typeTime('结束时间', '2026-03-05 11:30');
    await submit();
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(bodyOf(posted[0])).toEqual({
      projectId: project.id,
      title: '学雷锋科普进社区',
      startsAt: '2026-03-05T09:00:00+08:00',
      endsAt: '2026-03-05T11:30:00+08:00',
      regionCode: '410122',
    });
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect((created.mock.calls[0][0] as Activity).campaigns[0].nameZh).toBe('学雷锋志愿服务周');
  });
});
