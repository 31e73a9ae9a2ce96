import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import { accountOf, meRoute, renderSignedIn } from '../../organisation/shared/testing/signed-in';
import type { Activity, VolunteerListItem } from '../../organisation/shared/types';
import { RosterModal } from './roster-modal';

const userEvent = userEventModule.setup({ delay: null });

const ACTIVITY: Activity = {
  id: 'act-1',
  projectId: 'prj-1',
  title: '科普大篷车进社区',
  startsAt: '2026-11-15T09:00:00+08:00',
  endsAt: '2026-11-15T11:30:00+08:00',
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
const PEOPLE = [volunteer(1, '王芳'), volunteer(2, '李强'), volunteer(3, '张伟')];

interface Sent {
  key: string | undefined;
  body: {
    activityId: string;
    entries: { volunteerId: string; startedAt: string; endedAt: string; content: string }[];
  };
}

/** The server's bulk answer: every entry recorded but 张伟's, whose personal data was erased. */
function setUp() {
  const sent: Sent[] = [];
  const recorded = jest.fn();
  installFetch(
    meRoute(accountOf('organiser')),
    on('GET', '/api/v1/volunteers', () =>
      jsonResponse(200, { items: PEOPLE, total: PEOPLE.length, page: 1, pageSize: 20 }),
    ),
    on('POST', '/api/v1/service-records/bulk', (_url, init) => {
      const body = JSON.parse(String(init.body)) as Sent['body'];
      sent.push({ key: (init.headers as Record<string, string>)['Idempotency-Key'], body });
      const results = body.entries.map((entry, index) => {
        if (entry.volunteerId === 'vol-3') {
          return { index, status: 422, error: { status: 422, code: 'VOLUNTEER_FORGOTTEN', detail: 'x' } };
        }
        return { index, status: 201, record: { id: `rec-${index}`, minutes: 150, status: 'pending' } };
      });
      const failed = results.filter((r) => r.status !== 201).length;
      return jsonResponse(failed ? 207 : 201, {
        activityId: body.activityId,
        created: results.length - failed,
        failed,
        results,
      });
    }),
  );
  renderSignedIn(<RosterModal activity={ACTIVITY} open onClose={() => undefined} onRecorded={recorded} />);
  return { sent, recorded };
}

async function add(name: string) {
  const picker = within(await screen.findByTestId('roster-add-volunteer')).getByRole('combobox');
  // The picker is labelled, as a person (or a browser test) finds it.
  expect(screen.getByLabelText('添加志愿者')).toBe(picker);
  fireEvent.mouseDown(picker);
  const option = await screen.findByTitle(new RegExp(`^${name} · `));
  await userEvent.click(option);
  await within(screen.getByTestId('roster-table')).findByText(name);
}

function typeTime(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

const row = (name: string) =>
  within(screen.getByTestId('roster-table')).getByText(name).closest('tr') as HTMLElement;

describe('批量记录（名册）', () => {
  beforeEach(() => sessionStorage.clear());

  it('adds volunteers as rows at the activity’s times, and refuses the same volunteer twice', async () => {
    setUp();
    await add('王芳');
    await add('王芳');
    expect(await screen.findByText('王芳 已在名册中')).toBeTruthy();
    expect((screen.getByLabelText('王芳 的开始时间') as HTMLInputElement).value).toBe('2026-11-15 09:00');
    expect((screen.getByLabelText('王芳 的结束时间') as HTMLInputElement).value).toBe('2026-11-15 11:30');
    expect((screen.getByLabelText('王芳 的服务内容') as HTMLInputElement).value).toBe('科普大篷车进社区');
    expect(within(screen.getByTestId('roster-table')).getAllByText('王芳')).toHaveLength(1);
    await userEvent.click(within(row('王芳')).getByRole('button', { name: '移除' }));
    expect(within(screen.getByTestId('roster-table')).queryByText('王芳')).toBeNull();
  });

  it('sends the roster with an Idempotency-Key and sums up a 207: who was recorded, who was refused and why; a resubmission keeps the key', async () => {
    const { sent, recorded } = setUp();
    await add('王芳');
    await add('李强');
    await add('张伟');
    // 李强's end set to his start: a row the API would refuse.
    typeTime(screen.getByLabelText('李强 的结束时间'), '2026-11-15 09:00');
    // The console catches it first and sends nothing.
    await userEvent.click(screen.getByRole('button', { name: '提交名册（3 人）' }));
    const unfit = await screen.findByTestId('roster-unfit');
    expect(unfit.textContent).toContain('名册尚未提交');
    expect(unfit.textContent).toContain('李强：结束时间必须晚于开始时间');
    expect(unfit.textContent).not.toContain('王芳');
    expect(sent).toHaveLength(0);
    typeTime(screen.getByLabelText('李强 的结束时间'), '2026-11-15 10:00');
    await userEvent.click(screen.getByRole('button', { name: '提交名册（3 人）' }));

    const summary = await screen.findByTestId('roster-summary');
    expect(sent).toHaveLength(1);
    expect(sent[0].key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[0].body).toEqual({
      activityId: 'act-1',
      entries: [
        {
          volunteerId: 'vol-1',
          startedAt: '2026-11-15T09:00:00+08:00',
          endedAt: '2026-11-15T11:30:00+08:00',
          content: '科普大篷车进社区',
        },
        {
          volunteerId: 'vol-2',
          startedAt: '2026-11-15T09:00:00+08:00',
          endedAt: '2026-11-15T10:00:00+08:00',
          content: '科普大篷车进社区',
        },
        {
          volunteerId: 'vol-3',
          startedAt: '2026-11-15T09:00:00+08:00',
          endedAt: '2026-11-15T11:30:00+08:00',
          content: '科普大篷车进社区',
        },
      ],
    });
    expect(summary.textContent).toContain('已记录 2 人，1 人未记录');
    const refusals = within(summary).getAllByTestId('roster-refusal');
    expect(refusals).toHaveLength(1);
    expect(refusals[0].textContent).toContain('张伟（410122-2026-000003）');
    expect(refusals[0].textContent).toContain('该志愿者的个人信息已按其要求删除');
    expect(row('王芳').textContent).toContain('已记录');
    expect(row('张伟').textContent).toContain('未记录');
    expect(recorded).toHaveBeenCalled();
    // Recorded rows are fixed; a sent row keeps its place.
    expect((screen.getByLabelText('王芳 的开始时间') as HTMLInputElement).disabled).toBe(true);
    expect(within(row('张伟')).queryByRole('button', { name: '移除' })).toBeNull();

    // Resubmitting sends the same rows under the same key, so nothing is recorded twice.
    await userEvent.click(screen.getByRole('button', { name: '重新提交未记录的（1 人）' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].key).toBe(sent[0].key);
    expect(sent[1].body).toEqual(sent[0].body);
  });

  it('keeps the rows and the key when the whole roster is refused', async () => {
    const { sent } = setUp();
    await add('王芳');
    installFetch(
      meRoute(accountOf('organiser')),
      on('POST', '/api/v1/service-records/bulk', (_url, init) => {
        sent.push({
          key: (init.headers as Record<string, string>)['Idempotency-Key'],
          body: JSON.parse(String(init.body)),
        });
        return problemResponse(403, 'FORBIDDEN');
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: '提交名册（1 人）' }));
    expect(await screen.findByText(/无权进行此操作/)).toBeTruthy();
    expect(row('王芳').textContent).toContain('未提交');
    expect(screen.queryByTestId('roster-summary')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '提交名册（1 人）' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].key).toBe(sent[0].key);
  });
});
