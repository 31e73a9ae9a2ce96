import Database from 'better-sqlite3';
import type { RecordedEvent } from '@ledger/event-store';
import { starQualificationProjection } from './star-qualification.projection';
import { StarQualificationReadModel } from './star-qualification.queries';

const THRESHOLDS = [1, 2, 3, 4, 5];

function setUp() {
  const db = new Database(':memory:');
  db.exec(starQualificationProjection.schema);
  db.exec('CREATE TABLE projection_checkpoints (name TEXT PRIMARY KEY, version INTEGER, position INTEGER)');
  const apply = starQualificationProjection.bind(db);
  let position = 0;
  const emit = (type: string, data: object) =>
    apply({ type, data, position: ++position, revision: 0 } as unknown as RecordedEvent);
  const draw = (query: object = {}) =>
    new StarQualificationReadModel(db).drawCandidates({
      regionCode: '410122',
      from: null,
      to: '2026-02-28',
      asOf: '2026-03-02',
      thresholdsHours: THRESHOLDS,
      ...query,
    }).candidates;
  const serve = (volunteerId: string, recordId: string, serviceDate: string, minutes: number) => {
    emit('ServiceRecorded', { volunteerId, recordId, serviceDate, minutes });
    emit('ServiceConfirmed', { volunteerId, recordId });
  };
  return { emit, draw, serve };
}

describe('star qualification read model', () => {
  it('counts confirmed minutes dated on or before the cutoff, per window, above the awarded level', () => {
    const { emit, draw, serve } = setUp();
    emit('VolunteerRegistered', { volunteerId: 'v1', regionCode: '410122' });
    emit('VolunteerRegistered', { volunteerId: 'v2', regionCode: '410122' });
    emit('VolunteerRegistered', { volunteerId: 'v3', regionCode: '410184' });
    serve('v1', 'r1', '2025-12-30', 90);
    serve('v1', 'r2', '2026-02-01', 60);
    serve('v1', 'r3', '2026-03-01', 600); // after the cutoff
    emit('ServiceRecorded', { volunteerId: 'v2', recordId: 'r4', serviceDate: '2026-01-05', minutes: 200 }); // pending
    serve('v3', 'r5', '2026-01-05', 300); // another county
    expect(draw()).toEqual([
      { volunteerId: 'v1', confirmedMinutes: 150, currentStarLevel: 0, proposedStarLevel: 2 },
    ]);
    expect(draw({ from: '2026-01-01' })).toEqual([
      { volunteerId: 'v1', confirmedMinutes: 60, currentStarLevel: 0, proposedStarLevel: 1 },
    ]);
    expect(draw({ regionCode: '410100' }).map((c) => c.volunteerId)).toEqual(['v1', 'v3']);
  });

  it('follows voids and corrections (to another date too), awards, bans and forgetting', () => {
    const { emit, draw, serve } = setUp();
    emit('VolunteerRegistered', { volunteerId: 'v1', regionCode: '410122' });
    serve('v1', 'r1', '2026-01-10', 120);
    serve('v1', 'r2', '2026-01-11', 60);
    expect(draw()[0].proposedStarLevel).toBe(3);
    emit('ServiceVoided', { volunteerId: 'v1', recordId: 'r2' });
    expect(draw()[0]).toMatchObject({ confirmedMinutes: 120, proposedStarLevel: 2 });
    emit('ServiceCorrected', {
      volunteerId: 'v1',
      recordId: 'r1',
      serviceDate: '2026-03-05',
      minutes: 100,
      status: 'confirmed',
    });
    expect(draw()).toEqual([]);
    expect(draw({ to: '2026-03-05' })[0]).toMatchObject({ confirmedMinutes: 100, proposedStarLevel: 1 });
    emit('StarAwarded', { volunteerId: 'v1', level: 1 });
    expect(draw({ to: '2026-03-05' })).toEqual([]);
    serve('v1', 'r3', '2026-03-04', 30);
    expect(draw({ to: '2026-03-05' })[0]).toMatchObject({ currentStarLevel: 1, proposedStarLevel: 2 });
    emit('StarRevoked', { volunteerId: 'v1', level: 0, bannedUntil: '2027-03-05' });
    expect(draw({ to: '2026-03-05' })).toEqual([]);
    expect(draw({ to: '2026-03-05', asOf: '2027-03-06' })[0]).toMatchObject({
      currentStarLevel: 0,
      proposedStarLevel: 2,
    });
    emit('VolunteerForgotten', { volunteerId: 'v1' });
    expect(draw({ to: '2026-03-05', asOf: '2027-03-06' })).toEqual([]);
  });
});
