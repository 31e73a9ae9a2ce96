import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import type { Me } from '../../../../api/types';
import type { ServiceRecordItem } from '../../workflows/shared/api-types';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Activity, VolunteerListItem } from '../shared/types';
import { ActivityDrawer } from './activity-drawer';

const userEvent = userEventModule.setup({ delay: null });

const ACTIVITY: Activity = {
  id: 'act-1',
  projectId: 'prj-1',
  title: '科普大篷车进社区',
  startsAt: '2026-11-15T01:00:00.000Z', // 09:00 in Beijing
  endsAt: '2026-11-15T03:30:00.000Z', // 11:30
  regionCode: '410122',
  campaigns: [],
};

const volunteer = (n: number, name: string): VolunteerListItem => ({
  id: `vol-${n}`,
  volunteerNo: `410122-2026-00000${n}`,
  name,
  regionCode: '410122',
  confirmedMinutes: 0,
  starLevel: 0,
});
const WANG = volunteer(1, '王芳');

const record = (
  id: string,
  name: string,
  status: ServiceRecordItem['status'],
  recordedBy = 'acc-organiser',
): ServiceRecordItem => ({
  id,
  volunteerId: `vol-${id}`,
  volunteerNo: `410122-2026-00010${id.slice(-1)}`,
  volunteerName: name,
  activityId: 'act-1',
  activityTitle: ACTIVITY.title,
  startedAt: '2026-11-15T09:00:00+08:00',
  endedAt: '2026-11-15T11:30:00+08:00',
  minutes: 150,
  status,
  content: '讲解防诈骗知识',
  recordedBy,
  recordedAt: '2026-11-15T12:00:00+08:00',
});

const RECORDS = [record('rec-1', '李强', 'confirmed'), record('rec-2', '张伟', 'pending')];

function setUp(me: Me, answers: { record?: () => ReturnType<typeof jsonResponse> } = {}) {
  const posts: { url: string; body: unknown }[] = [];
  const listed: URLSearchParams[] = [];
  installFetch(
    meRoute(me),
    on('GET', '/api/v1/service-records', (url) => {
      listed.push(new URL(url, 'http://x').searchParams);
      return jsonResponse(200, { items: RECORDS, total: RECORDS.length, page: 1, pageSize: 10 });
    }),
    on('GET', '/api/v1/volunteers', () =>
      jsonResponse(200, { items: [WANG], total: 1, page: 1, pageSize: 20 }),
    ),
    on('POST', '/api/v1/service-records', (url, init) => {
      posts.push({ url, body: bodyOf(init) });
      return answers.record?.() ?? jsonResponse(201, { id: 'rec-9', minutes: 150, status: 'pending' });
    }),
    on('POST', /^\/api\/v1\/service-records\/rec-\d\/(void|corrections)$/, (url, init) => {
      posts.push({ url, body: bodyOf(init) });
      return jsonResponse(200, { id: url.split('/')[4], status: 'confirmed' });
    }),
  );
  const changed = jest.fn();
  renderSignedIn(<ActivityDrawer activity={ACTIVITY} onClose={() => undefined} onChanged={changed} />);
  return { posts, listed, changed };
}

const table = () => screen.getByTestId('activity-records');
const row = (name: string) => within(table()).getByText(name).closest('tr') as HTMLElement;
const modal = async (title: string | RegExp) =>
  (await screen.findByText(title, { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;

/** Types a date-time into an antd picker and presses Enter, which takes it at once. */
function typeTime(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

describe('an activity’s service records', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists the activity’s records with status, volunteer name and number, Beijing times and minutes', async () => {
    const { listed } = setUp(accountOf('organiser'));
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    expect(listed[0].get('activityId')).toBe('act-1');
    expect(listed[0].get('status')).toBeNull();
    const li = row('李强');
    expect(li.textContent).toContain('已确认');
    expect(li.textContent).toContain('410122-2026-000101');
    expect(li.textContent).toContain('2026年11月15日 09:00–11:30');
    expect(li.textContent).toContain('2 小时 30 分');
    expect(row('张伟').textContent).toContain('待确认');
    // An organiser corrects but does not void.
    expect(within(li).getByRole('button', { name: '更正' })).toBeTruthy();
    expect(within(li).queryByRole('button', { name: '作废' })).toBeNull();
  });

  it('记录服务 records one volunteer at the activity’s Beijing times and reloads the list', async () => {
    const { posts, listed, changed } = setUp(accountOf('organiser'));
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    await userEvent.click(screen.getByRole('button', { name: '记录服务' }));
    const dialog = await modal('记录服务：科普大篷车进社区');
    // The form starts from the activity's times and title.
    expect((within(dialog).getByLabelText('开始时间') as HTMLInputElement).value).toBe('2026-11-15 09:00');
    expect((within(dialog).getByLabelText('结束时间') as HTMLInputElement).value).toBe('2026-11-15 11:30');

    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('请选择志愿者')).toBeTruthy();
    expect(posts).toHaveLength(0);

    const picker = within(within(dialog).getByTestId('record-volunteer')).getByRole('combobox');
    expect(within(dialog).getByLabelText('志愿者')).toBe(picker);
    fireEvent.mouseDown(picker);
    await userEvent.click(await screen.findByTitle('王芳 · 410122-2026-000001'));
    typeTime(within(dialog).getByLabelText('结束时间'), '2026-11-15 11:00');
    const before = listed.length;
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toEqual({
      activityId: 'act-1',
      volunteerId: 'vol-1',
      startedAt: '2026-11-15T09:00:00+08:00',
      endedAt: '2026-11-15T11:00:00+08:00',
      content: '科普大篷车进社区',
    });
    expect(await screen.findByText('已记录 王芳 的服务（2 小时 30 分），待管理员确认。')).toBeTruthy();
    await waitFor(() => expect(listed.length).toBeGreaterThan(before));
    expect(changed).toHaveBeenCalled();
  });

  it('keeps the form open and says in Chinese why a session was refused', async () => {
    const { posts } = setUp(accountOf('organiser'), {
      record: () => problemResponse(422, 'SERVICE_IN_FUTURE'),
    });
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    await userEvent.click(screen.getByRole('button', { name: '记录服务' }));
    const dialog = await modal('记录服务：科普大篷车进社区');
    fireEvent.mouseDown(within(within(dialog).getByTestId('record-volunteer')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('王芳 · 410122-2026-000001'));
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect((await within(dialog).findByTestId('record-refusal-alert')).textContent).toContain(
      '服务时间不能在将来',
    );
  });

  it('作废 says the record stops counting and cannot be undone, and needs a reason', async () => {
    const { posts } = setUp(accountOf('admin'));
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    await userEvent.click(within(row('李强')).getByRole('button', { name: '作废' }));
    const dialog = await modal('作废服务记录');
    const what = within(dialog).getByTestId('void-what').textContent!;
    expect(what).toContain('李强');
    expect(what).toContain('不再计入');
    expect(what).toContain('不可撤回');
    await userEvent.click(within(dialog).getByRole('button', { name: '作废' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(posts).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('原因'), ' 重复登记 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '作废' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ url: '/api/v1/service-records/rec-1/void', body: { reason: '重复登记' } });
    expect(await screen.findByText('已作废该记录')).toBeTruthy();
  });

  it('更正 by an administrator of a confirmed record says it takes effect at once and sends the new times', async () => {
    const { posts } = setUp(accountOf('admin'));
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    await userEvent.click(within(row('李强')).getByRole('button', { name: '更正' }));
    const dialog = await modal('更正服务时间');
    expect(within(dialog).getByTestId('correction-effect').textContent).toContain('立即生效');
    expect((within(dialog).getByLabelText('新的开始时间') as HTMLInputElement).value).toBe(
      '2026-11-15 09:00',
    );
    typeTime(within(dialog).getByLabelText('新的结束时间'), '2026-11-15 12:00');
    await userEvent.click(within(dialog).getByRole('button', { name: '更正' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText('原因'), '结束时间登记有误');
    await userEvent.click(within(dialog).getByRole('button', { name: '更正' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      url: '/api/v1/service-records/rec-1/corrections',
      body: {
        startedAt: '2026-11-15T09:00:00+08:00',
        endedAt: '2026-11-15T12:00:00+08:00',
        reason: '结束时间登记有误',
      },
    });
  });

  it('an organiser’s correction says the record returns to 待确认', async () => {
    setUp(accountOf('organiser'));
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    await userEvent.click(within(row('李强')).getByRole('button', { name: '更正' }));
    const dialog = await modal('更正服务时间');
    expect(within(dialog).getByTestId('correction-effect').textContent).toContain('回到“待确认”');
  });

  it('an auditor reads the records but may not record, void or correct', async () => {
    setUp(accountOf('auditor'));
    await within(await screen.findByTestId('activity-records')).findByText('李强');
    expect(screen.queryByRole('button', { name: '记录服务' })).toBeNull();
    expect(screen.queryByRole('button', { name: '批量记录（名册）' })).toBeNull();
    expect(within(table()).queryByRole('button')).toBeNull();
  });
});
