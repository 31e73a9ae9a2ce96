import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { ADMIN, renderSignedIn, signedInAs } from '../testing/render-signed-in';
import type { RuleSetItem } from './rule-set-types';
import { RuleSetsPage } from './rule-sets-page';

const userEvent = userEventModule.setup({ delay: null });

const PROVINCE_ADMIN = { ...ADMIN, accountId: 'acc-province-1', regionCode: '410000' };

const national: RuleSetItem = {
  id: 'national',
  name: '全国星级志愿者认定标准',
  version: 1,
  ruleVersion: 'national@v1',
  thresholdsHours: [100, 300, 600, 1000, 1500],
  window: 'cumulative',
  noticeWorkingDays: 5,
  regionCode: null,
  builtIn: true,
  createdAt: null,
  createdBy: null,
};
const zhengzhou: RuleSetItem = {
  ...national,
  id: 'srs-0123456789abcdef01234567',
  name: '郑州市星级规则',
  ruleVersion: 'srs-0123456789abcdef01234567@v1',
  thresholdsHours: [50, 150, 300, 600, 1000],
  window: 'calendar-year',
  noticeWorkingDays: 7,
  regionCode: '410000',
  builtIn: false,
  createdAt: '2026-11-01T01:00:00Z',
  createdBy: 'acc-province-1',
};

const page = (items: RuleSetItem[]) =>
  jsonResponse(200, { items, total: items.length, page: 1, pageSize: 20 });

describe('star rule sets', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists each set with its name, thresholds, hours counted and notice; others than province administrators only read', async () => {
    installFetch(
      signedInAs(ADMIN),
      on('GET', '/api/v1/rule-sets', () => page([national, zhengzhou])),
      on('GET', '/api/v1/regions/410000', () =>
        jsonResponse(200, {
          code: '410000',
          name: '河南省',
          level: 'province',
          parentCode: null,
          fullName: '河南省',
          ancestors: [],
        }),
      ),
    );
    renderSignedIn(<RuleSetsPage />);
    const table = await screen.findByTestId('rule-sets-table');
    await within(table).findByText('郑州市星级规则');
    const row = within(table).getByText('郑州市星级规则').closest('tr')!;
    expect(row.textContent).toContain('50/150/300/600/1000');
    expect(row.textContent).toContain('截止日期所在年度');
    expect(row.textContent).toContain('7 个工作日');
    // The province by its name; the code only in the tooltip.
    await within(row).findByText('河南省');
    expect(row.textContent).not.toContain('410000');
    expect(row.textContent).toContain('2026年11月1日 09:00');
    const first = within(table).getByText('全国星级志愿者认定标准').closest('tr')!;
    expect(first.textContent).toContain('100/300/600/1000/1500');
    expect(first.textContent).toContain('累计时长');
    expect(first.textContent).toContain('全国（内置）');
    // A county administrator reads them and defines none.
    expect(screen.queryByRole('button', { name: /新建规则/ })).toBeNull();
    expect(screen.getByTestId('rule-sets-read-only').textContent).toContain('只有省级管理员可以新建星级规则');
  });

  it('lets a province administrator define a set, and lists it at once', async () => {
    const posted: unknown[] = [];
    let sets = [national];
    installFetch(
      signedInAs(PROVINCE_ADMIN),
      on('GET', '/api/v1/rule-sets', () => page(sets)),
      on('POST', '/api/v1/rule-sets', (_url, init) => {
        posted.push(JSON.parse(String(init.body)));
        sets = [national, zhengzhou];
        return jsonResponse(201, zhengzhou);
      }),
    );
    renderSignedIn(<RuleSetsPage />);
    await userEvent.click(await screen.findByRole('button', { name: /新建规则/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: ' 郑州市星级规则 ' } });
    [50, 150, 300, 600, 1000].forEach((hours, i) =>
      fireEvent.change(within(dialog).getByLabelText(`${i + 1} 星`), { target: { value: String(hours) } }),
    );
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '统计范围' }));
    await userEvent.click(await screen.findByTitle('截止日期所在年度'));
    fireEvent.change(within(dialog).getByLabelText('公示期（工作日）'), { target: { value: '7' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '创建' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      name: '郑州市星级规则',
      thresholdsHours: [50, 150, 300, 600, 1000],
      window: 'calendar-year',
      noticeWorkingDays: 7,
    });
    expect(await within(screen.getByTestId('rule-sets-table')).findByText('郑州市星级规则')).toBeTruthy();
  });

  it('refuses thresholds that do not rise from star to star, sending nothing', async () => {
    const posted: unknown[] = [];
    installFetch(
      signedInAs(PROVINCE_ADMIN),
      on('GET', '/api/v1/rule-sets', () => page([national])),
      on('POST', '/api/v1/rule-sets', () => {
        posted.push(1);
        return jsonResponse(201, zhengzhou);
      }),
    );
    renderSignedIn(<RuleSetsPage />);
    await userEvent.click(await screen.findByRole('button', { name: /新建规则/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '试点规则' } });
    [50, 40, 300, 600, 1000].forEach((hours, i) =>
      fireEvent.change(within(dialog).getByLabelText(`${i + 1} 星`), { target: { value: String(hours) } }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '创建' }));
    expect(await within(dialog).findByText('各星级所需时长须逐级递增')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });
});
