import { type CommandContext, commandMetadata, DeciderRunner, starAwardCommandId } from '@ledger/application';
import {
  type Actor,
  starRoundDecider,
  starRoundStream,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { SMALL_THRESHOLDS, startStarsWorld, type StarsWorld } from './support';

const rounds = '/api/v1/star-rounds';

/**
 * A finalize that stopped half-way (the process died after the round began finalizing and after one
 * volunteer's award, before the round recorded it): calling finalize again completes the round and
 * awards nobody twice.
 */
describe('a star round finalize resumes after an interruption', () => {
  let w: StarsWorld;
  beforeAll(async () => {
    w = await startStarsWorld();
  });
  afterAll(() => w.t.close());

  it('completes the awards, counts the one made before the interruption, and appends no second star', async () => {
    const quick = await w.ruleSet({
      name: '免公示',
      thresholdsHours: SMALL_THRESHOLDS,
      window: 'cumulative',
      noticeWorkingDays: 0,
    });
    const [a, b] = [await w.volunteer('410122'), await w.volunteer('410122')];
    await w.serve(a, '2026-03-02', 70);
    await w.serve(b, '2026-03-03', 130);
    const county = await w.adminOf('410122');
    const id = (await county.post(rounds, { regionCode: '410122', cutoff: '2026-03-09', ruleSetId: quick }))
      .body.id;
    await county.post(`${rounds}/${id}/draw`);
    await county.post(`${rounds}/${id}/notice`);

    // What a crashed finalize left behind: the round began, and a's award landed on a's stream.
    const runner = w.t.app.get(DeciderRunner);
    const actor: Actor = { accountId: 'acc-crashed', role: 'admin', regionCode: '410122' };
    const context = (commandId: string): CommandContext => ({
      commandId,
      correlationId: 'crash',
      causationId: 'crash',
      actor,
      now: w.clock.now(),
    });
    const begin = context('crashed-finalize-start');
    await runner.handle(
      starRoundDecider,
      starRoundStream(id),
      { type: 'StartStarRoundFinalization', data: { roundId: id }, metadata: commandMetadata(begin) },
      begin,
    );
    const award = context(starAwardCommandId(id, a));
    await runner.handle(
      volunteerDecider,
      volunteerStream(a),
      {
        type: 'AwardStar',
        data: { volunteerId: a, roundId: id, level: 1, ruleSetId: quick, ruleVersion: `${quick}@v1` },
        metadata: commandMetadata(award),
      },
      award,
    );
    expect((await county.get(`${rounds}/${id}`)).body).toMatchObject({ status: 'finalizing', awarded: 0 });

    const resumed = await county.post(`${rounds}/${id}/finalize`);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ status: 'finalized', awarded: 2, unchanged: 0, skipped: 0 });
    for (const [volunteerId, level] of [
      [a, 1],
      [b, 2],
    ] as const) {
      const history = (await w.admin.get(`/api/v1/volunteers/${volunteerId}/history?limit=50`)).body.items;
      expect(history.filter((i: { kind: string }) => i.kind === 'star')).toHaveLength(1);
      expect((await w.admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body.starLevel).toBe(level);
    }
  });
});
