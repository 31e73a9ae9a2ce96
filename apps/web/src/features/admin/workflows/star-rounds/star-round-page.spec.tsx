import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { TEST_NOW } from '../../../../../../../test/support/test-clock';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import type { StarRound } from '../shared/api-types';
import { ADMIN, renderSignedIn, signedInAs } from '../testing/render-signed-in';
import { StarRoundPage } from './star-round-page';

const userEvent = userEventModule.setup({ delay: null });

const ROUND = '/api/v1/star-rounds/srd-0123456789abcdef01234567';

const noticed: StarRound = {
  id: 'srd-0123456789abcdef01234567',
  regionCode: '410122',
  cutoff: '2026-02-28',
  ruleSetId: 'national',
  ruleVersion: 'national@v1',
  window: 'cumulative',
  noticeWorkingDays: 5,
  status: 'noticed',
  draw: 1,
  candidateCount: 3,
  excludedCount: 1,
  noticePublishedOn: '2099-03-02',
  noticeEndsOn: '2099-03-09',
  awarded: 0,
  unchanged: 0,
  skipped: 0,
  openedBy: 'acc-admin-1',
  openedAt: '2026-03-01T09:00:00+08:00',
  drawnAt: '2026-03-01T09:05:00+08:00',
  finalizedAt: null,
};

/** A notice that ended before the fixed clock's day (2026-11-18): the round may be finalized. */
const noticeOver: StarRound = { ...noticed, noticePublishedOn: '2026-11-09', noticeEndsOn: '2026-11-16' };

/** The tests' fixed "now" (Wednesday 18 November 2026 in Beijing); only Date is faked, timers run. */
const fixClock = (at: string = TEST_NOW) =>
  jest.useFakeTimers({
    now: new Date(at),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });

const candidates = on('GET', `${ROUND}/candidates`, () =>
  jsonResponse(200, {
    items: [
      {
        volunteerId: 'vol-1',
        confirmedMinutes: 6300,
        currentStarLevel: 0,
        proposedStarLevel: 1,
        excludedReason: null,
      },
      {
        volunteerId: 'vol-2',
        confirmedMinutes: 18000,
        currentStarLevel: 1,
        proposedStarLevel: 3,
        excludedReason: null,
      },
      {
        volunteerId: 'vol-3',
        confirmedMinutes: 6000,
        currentStarLevel: 0,
        proposedStarLevel: 1,
        excludedReason: '重复',
      },
    ],
  }),
);
const volunteers = on('GET', /^\/api\/v1\/volunteers\/vol-\d$/, (url) =>
  jsonResponse(200, { name: `志愿者${url.slice(-1)}`, volunteerNo: `410122-2026-00000${url.slice(-1)}` }),
);

const renderRound = () =>
  renderSignedIn(
    <Routes>
      <Route path="/admin/star-rounds/:id" element={<StarRoundPage />} />
    </Routes>,
    '/admin/star-rounds/srd-0123456789abcdef01234567',
  );

describe('a star round’s page', () => {
  beforeEach(() => {
    sessionStorage.clear();
    fixClock();
  });
  afterEach(() => jest.useRealTimers());

  it('shows the status, the notice countdown and the candidates with current → proposed star', async () => {
    installFetch(
      signedInAs(ADMIN),
      on('GET', ROUND, () => jsonResponse(200, noticed)),
      candidates,
      volunteers,
    );
    renderRound();
    expect((await screen.findByTestId('round-status')).textContent).toBe('公示中');
    expect(screen.getByTestId('round-status').getAttribute('data-status')).toBe('noticed');
    expect(screen.getByTestId('notice-countdown').textContent).toContain('2099-03-10 起可以认定');
    const table = screen.getByTestId('candidates-table');
    await within(table).findByText('志愿者2');
    const row = within(table).getByText('志愿者2').closest('tr')!;
    expect(row.textContent).toContain('300.0 h');
    expect(row.textContent).toContain('1 星 → 3 星');
    // A county administrator certifies up to 2★: the 3★ proposal needs a higher level.
    expect(row.textContent).toContain('需上级认定');
    expect(within(table).getByText('志愿者3').closest('tr')!.textContent).toContain('已排除');
  });

  it('keeps 认定 disabled during the notice, saying the day it opens; nothing is sent', async () => {
    const finalize = jest.fn(() => jsonResponse(200, noticed));
    installFetch(
      signedInAs(ADMIN),
      on('POST', `${ROUND}/finalize`, finalize),
      on('GET', ROUND, () =>
        jsonResponse(200, { ...noticed, noticePublishedOn: '2026-11-16', noticeEndsOn: '2026-11-23' }),
      ),
      candidates,
      volunteers,
    );
    renderRound();
    const button = await screen.findByRole('button', { name: '认定' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('finalize-locked').textContent).toBe(
      '公示期至2026年11月23日，2026年11月24日起可认定',
    );
    await userEvent.click(button).catch(() => undefined);
    expect(finalize).not.toHaveBeenCalled();
  });

  it('enables 认定 from the day after the notice’s last day', async () => {
    fixClock('2026-11-24T08:30:00+08:00');
    installFetch(
      signedInAs(ADMIN),
      on('GET', ROUND, () =>
        jsonResponse(200, { ...noticed, noticePublishedOn: '2026-11-16', noticeEndsOn: '2026-11-23' }),
      ),
      candidates,
      volunteers,
    );
    renderRound();
    expect((await screen.findByRole<HTMLButtonElement>('button', { name: '认定' })).disabled).toBe(false);
    expect(screen.queryByTestId('finalize-locked')).toBeNull();
  });

  it('explains in words why a finalize is refused when the ledger says the notice still runs', async () => {
    installFetch(
      signedInAs(ADMIN),
      on('POST', `${ROUND}/finalize`, () => problemResponse(422, 'NOTICE_PERIOD_NOT_OVER')),
      on('GET', ROUND, () => jsonResponse(200, noticeOver)),
      candidates,
      volunteers,
    );
    renderRound();
    await userEvent.click(await screen.findByRole('button', { name: '认定' }));
    const refusal = await screen.findByTestId('finalize-refusal');
    expect(refusal.textContent).toContain('公示期尚未结束，不能认定');
    expect(refusal.textContent).toContain('公示期至 2026-11-16（含当日），2026-11-17 起可以认定');
  });

  it('names the rule set the round applies', async () => {
    installFetch(
      signedInAs(ADMIN),
      on('GET', ROUND, () =>
        jsonResponse(200, {
          ...noticed,
          ruleSetId: 'srs-0123456789abcdef01234567',
          ruleVersion: 'srs-0123456789abcdef01234567@v1',
          ruleSet: { id: 'srs-0123456789abcdef01234567', name: '郑州市星级规则' },
        }),
      ),
      candidates,
      volunteers,
    );
    renderRound();
    // The name alone: the internal version (srs-…@v1) is only in the tooltip.
    expect((await screen.findByTestId('round-rule-set')).textContent).toBe('郑州市星级规则');
  });

  it('calls finalize again while the round is still finalizing and ends with the awarded count', async () => {
    const answers: StarRound[] = [
      { ...noticeOver, status: 'finalizing', awarded: 1 },
      { ...noticeOver, status: 'finalized', awarded: 2, finalizedAt: '2026-11-18T10:05:00+08:00' },
    ];
    let current: StarRound = noticeOver;
    const finalize = jest.fn(() => {
      current = answers.shift()!;
      return jsonResponse(200, current);
    });
    installFetch(
      signedInAs(ADMIN),
      on('POST', `${ROUND}/finalize`, finalize),
      on('GET', ROUND, () => jsonResponse(200, current)),
      candidates,
      volunteers,
    );
    renderRound();
    await userEvent.click(await screen.findByRole('button', { name: '认定' }));
    await waitFor(() =>
      expect(screen.getByTestId('round-status').getAttribute('data-status')).toBe('finalized'),
    );
    expect(screen.getByTestId('round-status').textContent).toBe('已认定');
    expect(finalize).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('round-finalized').textContent).toContain('授予 2 人星级');
  });
});
