import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { CodeLookup } from '../venue-api';
import { LookupResult } from './lookup-result';

const LOOKUP: CodeLookup = {
  volunteer: {
    volunteerId: 'vol-a56d791220e34911afb345ef',
    volunteerNo: '410122-2026-000001',
    nameMasked: '张*明',
    starLevel: 1,
  },
  pointsAvailable: 120,
  codeExpiresAt: '2026-06-01T06:05:00.000Z',
  benefits: [
    {
      benefitId: 'ben-000000000000000000000001',
      title: '科普讲座座位',
      pointsCost: 50,
      stockLeft: 9,
      eligible: true,
    },
    {
      benefitId: 'ben-000000000000000000000002',
      title: '特展门票',
      pointsCost: 200,
      stockLeft: 4,
      eligible: false,
      reason: 'INSUFFICIENT_POINTS',
    },
    {
      benefitId: 'ben-000000000000000000000003',
      title: '天文馆夜场',
      pointsCost: 80,
      stockLeft: 0,
      eligible: false,
      reason: 'OUT_OF_STOCK',
    },
  ],
};

const rowOf = (title: string) =>
  screen.getByText(title).closest('[data-testid="lookup-benefit"]') as HTMLElement;

describe('what the code may take at the counter', () => {
  it('shows the volunteer masked, with star and points', () => {
    render(
      <App>
        <LookupResult lookup={LOOKUP} onHold={jest.fn()} />
      </App>,
    );
    const volunteer = screen.getByTestId('lookup-volunteer');
    expect(volunteer.textContent).toContain('张*明');
    expect(volunteer.textContent).toContain('1 星');
    expect(screen.getByTestId('lookup-points').textContent).toBe('120');
  });

  it('offers a hold only on what the volunteer may take, and says why not in words', () => {
    render(
      <App>
        <LookupResult lookup={LOOKUP} onHold={jest.fn()} />
      </App>,
    );
    const hold = (title: string) =>
      within(rowOf(title)).getByRole('button', { name: '预留' }) as HTMLButtonElement;
    expect(hold('科普讲座座位').disabled).toBe(false);
    expect(hold('特展门票').disabled).toBe(true);
    expect(hold('天文馆夜场').disabled).toBe(true);
    expect(within(rowOf('特展门票')).getByTestId('ineligible-reason').textContent).toBe(
      '积分不足：需要 200，可用 120。',
    );
    expect(within(rowOf('天文馆夜场')).getByTestId('ineligible-reason').textContent).toBe('该权益已兑完。');
    expect(within(rowOf('科普讲座座位')).queryByTestId('ineligible-reason')).toBeNull();
    expect(document.body.textContent).not.toMatch(/INSUFFICIENT_POINTS|OUT_OF_STOCK/);
  });

  it('holds the benefit chosen, and waits on the others while one is being held', async () => {
    const onHold = jest.fn();
    const { rerender } = render(
      <App>
        <LookupResult lookup={LOOKUP} onHold={onHold} />
      </App>,
    );
    await userEvent.click(within(rowOf('科普讲座座位')).getByRole('button', { name: '预留' }));
    expect(onHold).toHaveBeenCalledWith(LOOKUP.benefits[0]);

    const waiting = { ...LOOKUP, benefits: [LOOKUP.benefits[0], { ...LOOKUP.benefits[1], eligible: true }] };
    rerender(
      <App>
        <LookupResult lookup={waiting} onHold={onHold} holding={LOOKUP.benefits[0].benefitId} />
      </App>,
    );
    expect(
      (within(rowOf('特展门票')).getByRole('button', { name: '预留' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
