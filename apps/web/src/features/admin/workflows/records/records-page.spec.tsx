import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import type { ServiceRecordItem } from '../shared/api-types';
import { ADMIN, renderSignedIn, signedInAs } from '../testing/render-signed-in';
import { RecordsPage } from './records-page';

const record = (id: string, name: string, recordedBy = 'acc-organiser-7'): ServiceRecordItem => ({
  id,
  volunteerId: `vol-${id}`,
  volunteerNo: `410122-2026-00000${id.slice(-1)}`,
  volunteerName: name,
  activityId: 'act-1',
  activityTitle: '科普大篷车进社区',
  startedAt: '2026-03-01T09:00:00+08:00',
  endedAt: '2026-03-01T11:30:00+08:00',
  minutes: 150,
  status: 'pending',
  recordedBy,
  recordedAt: '2026-03-01T12:00:00+08:00',
});

const pending = [record('rec-1', '王芳'), record('rec-2', '李强', ADMIN.accountId), record('rec-3', '张伟')];

const listing = () =>
  on('GET', '/api/v1/service-records', () =>
    jsonResponse(200, { items: pending, total: pending.length, page: 1, pageSize: 20 }),
  );
const accounts = on('GET', /^\/api\/v1\/accounts\//, () =>
  jsonResponse(200, { username: 'zhongmu.organiser' }),
);

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

const userEvent = userEventModule.setup({ delay: null });

describe('the pending records queue', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists pending records with volunteer, activity, Beijing time and hours', async () => {
    const fetch = installFetch(signedInAs(ADMIN), listing(), accounts);
    renderSignedIn(<RecordsPage />);
    const row = rowOf(await screen.findByText('王芳').then((el) => el.textContent!));
    expect(row.textContent).toContain('410122-2026-000001');
    expect(row.textContent).toContain('2026年3月1日 09:00–11:30');
    expect(row.textContent).toContain('2 小时 30 分');
    expect(fetch.mock.calls.some(([url]) => String(url).includes('status=pending'))).toBe(true);
    // The administrator's own record says so before anyone tries to confirm it.
    expect(rowOf('李强').textContent).toContain('本人');
  });

  describe('rejecting one record asks for a reason', () => {
    it('refuses an empty or blank reason without sending anything', async () => {
      const fetch = installFetch(signedInAs(ADMIN), listing(), accounts);
      renderSignedIn(<RecordsPage />);
      await screen.findByText('王芳');
      await userEvent.click(within(rowOf('王芳')).getByRole('button', { name: '驳回' }));
      const dialog = await screen.findByRole('dialog');
      expect(dialog.textContent).toContain('王芳');
      await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
      expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
      await userEvent.type(within(dialog).getByLabelText('原因'), '   ');
      await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
      expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
      expect(fetch.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
    });

    it('sends the reason, trimmed, and takes the record off the queue', async () => {
      let body: unknown;
      installFetch(
        signedInAs(ADMIN),
        on('POST', '/api/v1/service-records/rec-1/reject', (_url, init) => {
          body = JSON.parse(String(init.body));
          return jsonResponse(200, { ...pending[0], status: 'rejected' });
        }),
        listing(),
        accounts,
      );
      renderSignedIn(<RecordsPage />);
      await screen.findByText('王芳');
      await userEvent.click(within(rowOf('王芳')).getByRole('button', { name: '驳回' }));
      const dialog = await screen.findByRole('dialog');
      await userEvent.type(within(dialog).getByLabelText('原因'), '  重复登记 ');
      await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
      await waitFor(() => expect(body).toEqual({ reason: '重复登记' }));
      expect(await screen.findByText('已驳回该记录')).toBeTruthy();
    });
  });

  it('shows why a single confirmation was refused next to the record, not only in a toast', async () => {
    installFetch(
      signedInAs(ADMIN),
      on('POST', '/api/v1/service-records/rec-2/confirm', () => problemResponse(422, 'SELF_CONFIRMATION')),
      listing(),
      accounts,
    );
    renderSignedIn(<RecordsPage />);
    await screen.findByText('李强');
    await userEvent.click(within(rowOf('李强')).getByRole('button', { name: '确认' }));
    await waitFor(() =>
      expect(within(rowOf('李强')).getByTestId('record-refusal').textContent).toContain(
        '不能确认自己录入的服务记录',
      ),
    );
    expect(within(rowOf('王芳')).queryByTestId('record-refusal')).toBeNull();
  });

  it('confirms a selection and sums up what was confirmed and what was refused, and why', async () => {
    const confirmed: string[] = [];
    installFetch(
      signedInAs(ADMIN),
      on('POST', /^\/api\/v1\/service-records\/rec-\d\/confirm$/, (url) => {
        const id = url.split('/')[4];
        if (id === 'rec-2') return problemResponse(422, 'SELF_CONFIRMATION');
        if (id === 'rec-3') return problemResponse(422, 'OVERLAPPING_SERVICE');
        confirmed.push(id);
        return jsonResponse(200, { id, status: 'confirmed' });
      }),
      listing(),
      accounts,
    );
    renderSignedIn(<RecordsPage />);
    await screen.findByText('王芳');
    for (const name of ['王芳', '李强', '张伟']) {
      await userEvent.click(within(rowOf(name)).getByRole('checkbox'));
    }
    expect(screen.getByTestId('records-selected').textContent).toContain('3');
    await userEvent.click(screen.getByRole('button', { name: '批量确认' }));

    const summary = await screen.findByTestId('bulk-summary');
    expect(confirmed).toEqual(['rec-1']);
    expect(summary.textContent).toContain('已确认 1 条记录');
    expect(summary.textContent).toContain('2 条未能确认');
    const refusals = within(summary).getAllByTestId('bulk-refusal');
    expect(refusals[0].textContent).toContain('李强');
    expect(refusals[0].textContent).toContain('不能确认自己录入的服务记录');
    expect(refusals[1].textContent).toContain('张伟');
    expect(refusals[1].textContent).toContain('时间重叠');
    // And beside each refused row in the table.
    await waitFor(() =>
      expect(within(rowOf('张伟')).getByTestId('record-refusal').textContent).toContain('时间重叠'),
    );
  });

  it('asks one reason for a bulk rejection and sends it with every record', async () => {
    const reasons: Record<string, unknown> = {};
    installFetch(
      signedInAs(ADMIN),
      on('POST', /^\/api\/v1\/service-records\/rec-\d\/reject$/, (url, init) => {
        reasons[url.split('/')[4]] = JSON.parse(String(init.body)).reason;
        return jsonResponse(200, {});
      }),
      listing(),
      accounts,
    );
    renderSignedIn(<RecordsPage />);
    await screen.findByText('王芳');
    await userEvent.click(within(rowOf('王芳')).getByRole('checkbox'));
    await userEvent.click(within(rowOf('张伟')).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: '批量驳回' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('2 条');
    await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText('原因'), '活动未举办');
    await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    expect((await screen.findByTestId('bulk-summary')).textContent).toContain('已驳回 2 条记录');
    expect(reasons).toEqual({ 'rec-1': '活动未举办', 'rec-3': '活动未举办' });
  });

  it('offers no confirm or reject to an auditor', async () => {
    installFetch(signedInAs({ ...ADMIN, role: 'auditor' }), listing(), accounts);
    renderSignedIn(<RecordsPage />);
    await screen.findByText('王芳');
    expect(screen.queryByRole('button', { name: '确认' })).toBeNull();
    expect(screen.queryByRole('button', { name: '批量确认' })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('voids and corrects a confirmed record from the 已确认 list, saying what each does', async () => {
    const confirmed = [{ ...record('rec-4', '赵敏'), status: 'confirmed' as const }];
    const posts: { url: string; body: unknown }[] = [];
    installFetch(
      signedInAs(ADMIN),
      on('GET', '/api/v1/service-records', (url) =>
        url.includes('status=confirmed')
          ? jsonResponse(200, { items: confirmed, total: 1, page: 1, pageSize: 20 })
          : jsonResponse(200, { items: pending, total: pending.length, page: 1, pageSize: 20 }),
      ),
      on('POST', /^\/api\/v1\/service-records\/rec-4\/(void|corrections)$/, (url, init) => {
        posts.push({ url, body: JSON.parse(String(init.body)) });
        return jsonResponse(200, { ...confirmed[0], status: 'voided' });
      }),
      accounts,
    );
    renderSignedIn(<RecordsPage />);
    await screen.findByText('王芳');
    // The queue itself offers confirm and reject, not void.
    expect(within(rowOf('王芳')).queryByRole('button', { name: '作废' })).toBeNull();
    fireEvent.click(screen.getByText('已确认', { selector: '.ant-segmented-item-label' }));
    await screen.findByText('赵敏');

    await userEvent.click(within(rowOf('赵敏')).getByRole('button', { name: '更正' }));
    const correction = (await screen.findByText('更正服务时间')).closest('.ant-modal') as HTMLElement;
    expect(within(correction).getByTestId('correction-effect').textContent).toContain('立即生效');
    await userEvent.click(within(correction).getByRole('button', { name: '取消' }));

    await userEvent.click(within(rowOf('赵敏')).getByRole('button', { name: '作废' }));
    const dialog = (await screen.findByText('作废服务记录')).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByTestId('void-what').textContent).toContain('不可撤回');
    await userEvent.type(within(dialog).getByLabelText('原因'), '活动未举办');
    await userEvent.click(within(dialog).getByRole('button', { name: '作废' }));
    await waitFor(() =>
      expect(posts).toEqual([{ url: '/api/v1/service-records/rec-4/void', body: { reason: '活动未举办' } }]),
    );
  });
});
