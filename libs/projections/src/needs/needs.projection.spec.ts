import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { needStream } from '@ledger/domain';
import { InMemoryEventStore, type JsonObject } from '@ledger/event-store';
import { activitiesProjection } from '../organisation/activities.projection';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { needsProjection } from './needs.projection';
import { NeedsReadModel } from './needs.queries';

const PROJECTIONS = [activitiesProjection, needsProjection];
const AT = '2026-03-05T01:00:00.000Z';
const contact = { scheme: 'aes-256-gcm/v1', keyId: 'need:nd-1', iv: 'x', ciphertext: 'x', tag: 'x' };

describe('needs read model', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner;
  let ids = 0;

  const append = async (needId: string, type: string, data: object) => {
    const result = await store.append(needStream(needId), [
      { id: `e-${++ids}`, type, data: { needId, ...data } as JsonObject },
    ]);
    await runner.waitFor(result.position);
  };
  const submit = (needId: string, regionCode: string, submittedAt = AT) =>
    append(needId, 'NeedSubmitted', {
      trackingNo: `XQ${needId.padEnd(10, 'A').slice(0, 10).toUpperCase()}`,
      title: '果树病虫害防治',
      description: '请专家指导',
      field: 'rural-revitalization',
      regionCode,
      contact,
      organisation: null,
      preferredFrom: null,
      preferredTo: null,
      accessTokenHash: 'h',
      channel: 'public',
      submittedBy: 'public',
      submittedAt,
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'needs-rm-'));
    store = new InMemoryEventStore();
    db = openReadModelDatabase(join(dir, 'live.sqlite'));
    runner = new ProjectionRunner(store, db, PROJECTIONS);
    await runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows a need through its steps, keeps its timeline and counts the figures', async () => {
    await submit('nd-1', '410122');
    await append('nd-1', 'NeedAccepted', { acceptedBy: 'acc-admin', acceptedAt: AT });
    await append('nd-1', 'NeedDispatched', { teamId: 'tm-1', dispatchedBy: 'acc-admin', dispatchedAt: AT });
    await append('nd-1', 'NeedContactRead', { readBy: 'acc-admin', readAt: AT });
    await append('nd-1', 'NeedTaken', {
      teamId: 'tm-1',
      takenBy: 'acc-org',
      takenAt: '2026-03-06T01:00:00.000Z',
    });
    await append('nd-1', 'NeedActivityLinked', { activityId: 'act-1', linkedBy: 'acc-org', linkedAt: AT });
    await append('nd-1', 'NeedFulfilled', { activityId: 'act-1', fulfilledBy: 'system', fulfilledAt: AT });
    await append('nd-1', 'NeedRated', { score: 4, comment: '好', ratedAt: AT });
    await submit('nd-2', '410122');
    await submit('nd-3', '410300');

    const model = new NeedsReadModel(db);
    expect(model.find('nd-1')).toMatchObject({ status: 'rated', team_id: 'tm-1', score: 4, comment: '好' });
    expect(model.timeline('nd-1').map((t) => t.type)).toEqual([
      'NeedSubmitted',
      'NeedAccepted',
      'NeedDispatched',
      'NeedContactRead',
      'NeedTaken',
      'NeedActivityLinked',
      'NeedFulfilled',
      'NeedRated',
    ]);
    expect(model.activities('nd-1')).toEqual(['act-1']);
    expect(model.needsOfActivity('act-1')).toEqual(['nd-1']);
    expect(
      model
        .inside('410100')
        .map((r) => r.need_id)
        .sort(),
    ).toEqual(['nd-1', 'nd-2']);
    expect(model.figures('410100', new Date('2026-03-20T00:00:00Z'))).toEqual({
      received: 2,
      fulfilled: 1,
      overdue: 1,
      averageRating: 4,
    });
  });

  it('a rebuild from the log lands on the same tables as live updating', async () => {
    await submit('nd-1', '410122');
    await append('nd-1', 'NeedAccepted', { acceptedBy: 'acc-admin', acceptedAt: AT });
    await append('nd-1', 'NeedDispatched', { teamId: 'tm-1', dispatchedBy: 'acc-admin', dispatchedAt: AT });
    await append('nd-1', 'NeedReturned', {
      teamId: 'tm-1',
      reason: '人手不足',
      returnedBy: 'acc-org',
      returnedAt: AT,
    });
    await submit('nd-2', '410122');
    await append('nd-2', 'NeedClosed', {
      reason: '重复',
      previousStatus: 'submitted',
      closedBy: 'acc-admin',
      closedAt: AT,
    });
    expect(new NeedsReadModel(db).find('nd-1')).toMatchObject({ status: 'accepted', team_id: null });

    await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), PROJECTIONS);
    const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    const tables = ['needs', 'need_timeline', 'need_activities'];
    expect(dumpTables(rebuilt, tables)).toEqual(dumpTables(db, tables));
    rebuilt.close();
  });
});
