import { cannotAdd, ROSTER_MAX_ROWS } from './roster-modal';

const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ volunteer: { id: `vol-${i}` } }));

describe('who may join a roster', () => {
  it('takes a new volunteer, refuses one already on it', () => {
    expect(cannotAdd(rows(3), 'vol-9')).toBeNull();
    expect(cannotAdd(rows(3), 'vol-1')).toBe('duplicate');
  });

  it('stops at the size one bulk request records (500)', () => {
    expect(ROSTER_MAX_ROWS).toBe(500);
    expect(cannotAdd(rows(499), 'vol-new')).toBeNull();
    expect(cannotAdd(rows(500), 'vol-new')).toBe('full');
  });
});
