import { ApiError } from '../../../../api/api-error';
import { finalizeProgress, finalizeUntilDone, isWorthRetrying } from './finalize-run';

const round = (status: string, awarded = 0) => ({
  status,
  candidateCount: 10,
  excludedCount: 2,
  awarded,
  unchanged: 0,
  skipped: 0,
});
const noWait = () => Promise.resolve();

describe('finalizing a star round to the end', () => {
  it('calls again while the answer says the round is still finalizing, and reports each answer', async () => {
    const answers = [round('finalizing', 3), round('finalizing', 6), round('finalized', 8)];
    const call = jest.fn(async () => answers.shift()!);
    const seen: number[] = [];
    const done = await finalizeUntilDone(call, { onAnswer: (r) => seen.push(r.awarded), sleep: noWait });
    expect(done.status).toBe('finalized');
    expect(call).toHaveBeenCalledTimes(3);
    expect(seen).toEqual([3, 6, 8]);
  });

  it('calls again after a dropped connection or a concurrent finalizer, but not forever', async () => {
    const call = jest
      .fn<Promise<ReturnType<typeof round>>, []>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('Failed to fetch')))
      .mockRejectedValueOnce(new ApiError(409, 'CONFLICT', 'stale'))
      .mockResolvedValueOnce(round('finalized', 8));
    expect((await finalizeUntilDone(call, { sleep: noWait })).awarded).toBe(8);

    const failing = jest.fn().mockRejectedValue(new ApiError(504, 'HTTP_504', 'gateway timeout'));
    await expect(finalizeUntilDone(failing, { sleep: noWait, maxFailures: 3 })).rejects.toMatchObject({
      code: 'HTTP_504',
    });
    expect(failing).toHaveBeenCalledTimes(3);
  });

  it('stops at once on a business refusal, which the page explains', async () => {
    const call = jest.fn().mockRejectedValue(new ApiError(422, 'NOTICE_PERIOD_NOT_OVER', 'wait'));
    await expect(finalizeUntilDone(call, { sleep: noWait })).rejects.toMatchObject({
      code: 'NOTICE_PERIOD_NOT_OVER',
    });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last call when the round never finishes', async () => {
    const call = jest.fn(async () => round('finalizing'));
    await expect(finalizeUntilDone(call, { maxCalls: 4, sleep: noWait })).rejects.toThrow(
      'still finalizing after 4 calls',
    );
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('retries only what another call can cure', () => {
    expect(isWorthRetrying(new ApiError(500, 'INTERNAL_ERROR', ''))).toBe(true);
    expect(isWorthRetrying(new ApiError(422, 'CERTIFYING_LEVEL_TOO_LOW', ''))).toBe(false);
    expect(isWorthRetrying(new ApiError(403, 'FORBIDDEN', ''))).toBe(false);
    expect(isWorthRetrying(new Error('bug'))).toBe(false);
  });
});

describe('how far a finalize has come', () => {
  it('counts awarded, unchanged and skipped against the candidates not excluded', () => {
    expect(finalizeProgress({ ...round('finalizing'), awarded: 3, unchanged: 1, skipped: 1 })).toEqual({
      settled: 5,
      toSettle: 8,
      percent: 62,
    });
  });

  it('is 100% only once finalized, and for a round with nobody left to award', () => {
    expect(finalizeProgress({ ...round('finalizing'), awarded: 8 }).percent).toBe(99);
    expect(finalizeProgress({ ...round('finalized'), awarded: 8 }).percent).toBe(100);
    expect(finalizeProgress({ ...round('finalizing'), excludedCount: 10 }).percent).toBe(100);
  });
});
