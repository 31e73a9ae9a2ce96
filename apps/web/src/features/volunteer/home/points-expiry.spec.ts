import { EXPIRY_WARNING_DAYS, nextExpiry } from './points-expiry';

describe('nextExpiry', () => {
  it('has nothing to say without points left', () => {
    expect(nextExpiry([], '2026-11-30')).toBeUndefined();
    expect(nextExpiry([{ expiresOn: '2026-12-31', points: 0 }], '2026-11-30')).toBeUndefined();
  });

  it('names the soonest last day and warns within the warning window', () => {
    const next = nextExpiry(
      [
        { expiresOn: '2026-12-31', points: 40 },
        { expiresOn: '2027-12-31', points: 200 },
      ],
      '2026-11-30',
    );
    expect(next).toEqual({ expiresOn: '2026-12-31', points: 40, daysLeft: 31, soon: true });
  });

  it('does not warn about a last day beyond the window', () => {
    const next = nextExpiry([{ expiresOn: '2028-12-31', points: 10 }], '2026-11-30')!;
    expect(next.daysLeft).toBeGreaterThan(EXPIRY_WARNING_DAYS);
    expect(next.soon).toBe(false);
  });

  it('warns on the last day itself, and about points past their day that the expiry job has not swept yet', () => {
    expect(nextExpiry([{ expiresOn: '2026-12-31', points: 5 }], '2026-12-31')).toMatchObject({
      daysLeft: 0,
      soon: true,
    });
    expect(nextExpiry([{ expiresOn: '2026-12-31', points: 5 }], '2027-01-01')).toMatchObject({
      daysLeft: -1,
      soon: true,
    });
  });
});
