import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { TEST_NOW } from '../../../../../../../test/support/test-clock';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import type { RuleSetItem } from '../rule-sets/rule-set-types';
import type { StarRoundItem } from '../shared/api-types';
import { ADMIN, renderSignedIn, signedInAs } from '../testing/render-signed-in';
import { StarRoundsPage } from './star-rounds-page';

const userEvent = userEventModule.setup({ delay: null });

const ZHENGZHOU_RULES = 'srs-0123456789abcdef01234567';

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
  id: ZHENGZHOU_RULES,
  name: '郑州市星级规则',
  ruleVersion: `${ZHENGZHOU_RULES}@v1`,
  thresholdsHours: [50, 150, 300, 600, 1000],
  window: 'calendar-year',
  noticeWorkingDays: 7,
  regionCode: '410000',
  builtIn: false,
  createdAt: '2026-11-01T09:00:00+08:00',
  createdBy: 'acc-province-1',
};

const round: StarRoundItem & { ruleSet: { id: string; name: string } } = {
  id: 'srd-0123456789abcdef01234567',
  regionCode: '410122',
  cutoff: '2026-10-31',
  status: 'open',
  ruleSetId: ZHENGZHOU_RULES,
  ruleSet: { id: ZHENGZHOU_RULES, name: '郑州市星级规则' },
  candidateCount: 0,
  excludedCount: 0,
  openedAt: '2026-11-18T09:00:00+08:00',
};

const page = <T,>(items: T[]) => jsonResponse(200, { items, total: items.length, page: 1, pageSize: 20 });

function setUp() {
  const posted: unknown[] = [];
  installFetch(
    signedInAs(ADMIN),
    on('GET', '/api/v1/star-rounds', () => page([round])),
    on('GET', '/api/v1/rule-sets', () => page([national, zhengzhou])),
    on('POST', '/api/v1/star-rounds', (_url, init) => {
      posted.push(JSON.parse(String(init.body)));
      return jsonResponse(201, { ...round, id: 'srd-fedcba9876543210fedcba98' });
    }),
    on('GET', /^\/api\/v1\/star-rounds\/srd-/, () => jsonResponse(404, {})),
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
  );
  renderSignedIn(
    <Routes>
      <Route path="/admin/star-rounds" element={<StarRoundsPage />} />
      <Route path="/admin/star-rounds/:id" element={<div data-testid="round-opened" />} />
    </Routes>,
    '/admin/star-rounds',
  );
  return { posted };
}

describe('star rounds: the list and the new-round form', () => {
  beforeEach(() => {
    sessionStorage.clear();
    // The tests' fixed "now": the cutoff may not be after today. Only Date is faked.
    jest.useFakeTimers({
      now: new Date(TEST_NOW),
      doNotFake: [
        'nextTick',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'performance',
        'hrtime',
      ],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('shows each round’s rule set by its name', async () => {
    setUp();
    const table = await screen.findByTestId('star-rounds-table');
    await within(table).findByText('郑州市星级规则');
    expect(within(table).getByTestId('round-rule-set').textContent).toBe('郑州市星级规则');
    expect(table.textContent).not.toContain(ZHENGZHOU_RULES);
  });

  it('opens a round under a rule set chosen by its name, showing its thresholds; the request carries its id', async () => {
    const { posted } = setUp();
    await userEvent.click(await screen.findByRole('button', { name: /新建评定/ }));
    const dialog = await screen.findByRole('dialog');
    // The round's region is the account's own, chosen by name, never typed as a code.
    await waitFor(() => expect(within(dialog).getByText('中牟县')).toBeTruthy());
    expect(within(dialog).queryByDisplayValue('410122')).toBeNull();
    // The national set is chosen at first, its thresholds shown.
    await waitFor(() =>
      expect(within(dialog).getByTestId('rule-set-thresholds').textContent).toContain(
        '100/300/600/1000/1500',
      ),
    );

    const cutoff = within(dialog).getByLabelText('截止日期');
    fireEvent.mouseDown(cutoff);
    fireEvent.focus(cutoff);
    fireEvent.change(cutoff, { target: { value: '2026-10-31' } });
    fireEvent.keyDown(cutoff, { key: 'Enter', code: 'Enter' });
    fireEvent.blur(cutoff);

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '星级规则' }));
    await userEvent.click(await screen.findByTitle('郑州市星级规则'));
    expect(within(dialog).getByTestId('rule-set-thresholds').textContent).toBe(
      '1–5 星：50/150/300/600/1000 小时；截止日期所在年度；公示 7 个工作日',
    );

    await userEvent.click(within(dialog).getByRole('button', { name: '创建' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ regionCode: '410122', cutoff: '2026-10-31', ruleSetId: ZHENGZHOU_RULES });
    expect(await screen.findByTestId('round-opened')).toBeTruthy();
  });
});
