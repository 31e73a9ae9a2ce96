import { rmSync } from 'node:fs';
import { runCli } from '../support/cli-process';
import { SMALL_THRESHOLDS, startStarsWorld } from './support';

/** `npm run cli -- star-rounds list|show` over a data dir the server wrote (needs `npm run build`). */
describe('star-rounds CLI', () => {
  it('lists the rounds and shows one with its candidates, the same figures as the API', async () => {
    const w = await startStarsWorld();
    let id: string;
    let apiView: Record<string, unknown>;
    let volunteerId: string;
    try {
      const rules = await w.ruleSet({
        name: 'CLI',
        thresholdsHours: SMALL_THRESHOLDS,
        window: 'cumulative',
        noticeWorkingDays: 5,
      });
      volunteerId = await w.volunteer('410122');
      await w.serve(volunteerId, '2026-03-05', 130);
      const county = await w.adminOf('410122');
      id = (
        await county.post('/api/v1/star-rounds', {
          regionCode: '410122',
          cutoff: '2026-03-09',
          ruleSetId: rules,
        })
      ).body.id;
      await county.post(`/api/v1/star-rounds/${id}/draw`);
      apiView = (await county.post(`/api/v1/star-rounds/${id}/notice`)).body;
    } finally {
      await w.t.close({ keepData: true });
    }

    const list = runCli(w.t.dataDir, ['star-rounds', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(id);
    expect(list.stdout).toMatch(
      new RegExp(
        `${id}\\s+410122\\s+2026-03-09\\s+\\S+@v1\\s+noticed\\s+1\\s+0\\s+${apiView.noticeEndsOn}\\s+0`,
      ),
    );

    const show = runCli(w.t.dataDir, ['star-rounds', 'show', id, '--json']);
    expect(show.code).toBe(0);
    const shown = JSON.parse(show.stdout);
    expect({ ...shown, candidates: undefined }).toEqual({ ...apiView, candidates: undefined });
    expect(shown.candidates).toEqual([
      expect.objectContaining({
        volunteerId,
        confirmedMinutes: 130,
        currentStarLevel: 0,
        proposedStarLevel: 2,
      }),
    ]);
    const text = runCli(w.t.dataDir, ['star-rounds', 'show', id]);
    expect(text.stdout).toMatch(/status\s+noticed/);

    const missing = runCli(w.t.dataDir, ['star-rounds', 'show', 'srd-000000000000000000000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/NOT_FOUND/);
    expect(runCli(w.t.dataDir, ['star-rounds', 'show', 'nonsense']).code).toBe(2);
    rmSync(w.t.dataDir, { recursive: true, force: true });
  });
});
