import { starProgress } from './next-star';

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('the way to the next star (national rule set: 100/300/600/1000/1500 h cumulative)', () => {
  it('starts with no star and 100 hours to go', () => {
    expect(starProgress(0)).toEqual({
      qualifiedLevel: 0,
      nextLevel: 1,
      nextThresholdHours: 100,
      minutesToNext: h(100),
      percentToNext: 0,
    });
  });

  it('is one minute short just under a threshold', () => {
    const progress = starProgress(h(99, 59));
    expect(progress.qualifiedLevel).toBe(0);
    expect(progress.minutesToNext).toBe(1);
    expect(progress.percentToNext).toBe(99);
  });

  it('reaches a level at exactly its threshold, and measures to the next from there', () => {
    expect(starProgress(h(100))).toMatchObject({
      qualifiedLevel: 1,
      nextLevel: 2,
      nextThresholdHours: 300,
      minutesToNext: h(200),
      percentToNext: 0,
    });
    expect(starProgress(h(450))).toMatchObject({
      qualifiedLevel: 2,
      minutesToNext: h(150),
      percentToNext: 50,
    });
    expect(starProgress(h(1000))).toMatchObject({ qualifiedLevel: 4, nextLevel: 5, minutesToNext: h(500) });
  });

  it('has nothing left to reach at five stars', () => {
    expect(starProgress(h(1500))).toEqual({ qualifiedLevel: 5, minutesToNext: 0, percentToNext: 100 });
    expect(starProgress(h(4000)).nextLevel).toBeUndefined();
  });

  it('reads a local rule set given as data', () => {
    expect(starProgress(h(45), [30, 60, 100, 200, 300])).toMatchObject({
      qualifiedLevel: 1,
      nextLevel: 2,
      nextThresholdHours: 60,
      minutesToNext: h(15),
      percentToNext: 50,
    });
  });

  it('treats a negative total as zero', () => {
    expect(starProgress(-30)).toMatchObject({ qualifiedLevel: 0, minutesToNext: h(100) });
  });
});
