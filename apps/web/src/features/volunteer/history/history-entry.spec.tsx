import { render, screen } from '@testing-library/react';
import { translator } from '../../../i18n/messages';
import { HistoryEntry, type HistoryEntryItem } from './history-entry';
import { historyMessages } from './history-messages';

const zh = translator(historyMessages, 'zh');
const en = translator(historyMessages, 'en');

const confirmed: HistoryEntryItem = {
  // Confirmed on 18 November at 10:00 Beijing time, for a service of 8 November.
  at: '2026-11-18T02:00:00.000Z',
  kind: 'points',
  delta: 10,
  balanceAfter: 30,
  reason: 'points for confirmed service (rules points-2026.1)',
  source: { type: 'service-record', id: 'rec-1' },
  activity: { id: 'act-1', title: '科技馆周末科普讲解' },
  servedOn: '2026-11-08',
};

describe('a history line', () => {
  it("names the activity and the day served, not the confirmation's time", () => {
    render(<HistoryEntry item={confirmed} t={zh} />);
    expect(screen.getByTestId('history-activity').textContent).toBe('科技馆周末科普讲解');
    expect(screen.getByTestId('history-when').textContent).toBe('服务日期 2026年11月8日');
    expect(document.body.textContent).not.toContain('10:00');
    expect(screen.getByTestId('history-delta').textContent).toBe('+10 积分');
  });

  it('in English too', () => {
    render(<HistoryEntry item={confirmed} t={en} />);
    expect(screen.getByTestId('history-when').textContent).toBe('Served on 2026-11-08');
  });

  it('a line of no service keeps the time of the change, in Beijing time', () => {
    render(
      <HistoryEntry
        item={{
          at: '2026-11-17T16:30:00.000Z',
          kind: 'points',
          delta: -10,
          balanceAfter: 20,
          reason: 'points held for a redemption',
          source: { type: 'redemption', id: 'red-1' },
        }}
        t={zh}
      />,
    );
    expect(screen.getByTestId('history-when').textContent).toBe('2026年11月18日 00:30');
    expect(screen.queryByTestId('history-activity')).toBeNull();
  });

  it('a capture moves no points: the line says what happened and never "0 积分"', () => {
    render(
      <HistoryEntry
        item={{
          at: '2026-11-18T02:00:00.000Z',
          kind: 'points',
          delta: 0,
          balanceAfter: 20,
          reason: 'redemption completed: 10 held points spent',
          source: { type: 'redemption', id: 'red-1' },
        }}
        t={zh}
      />,
    );
    expect(screen.queryByTestId('history-delta')).toBeNull();
    expect(document.body.textContent).not.toMatch(/(^|[^\d])0 积分/);
    expect(document.body.textContent).toContain('兑换已核销，预留的 10 积分已扣除');
  });
});
