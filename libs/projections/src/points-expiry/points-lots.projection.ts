import type { PointsEvent } from '@ledger/domain';
import type { Projection } from '../projection';

/**
 * What is left in each points lot, and until when, per volunteer: enough for the expiry job to find
 * the volunteers with points past their last day without folding every stream. Holds remember the
 * lots they took from, because a release puts the points back into those very lots.
 */
export const pointsLotsProjection: Projection = {
  name: 'points-lots',
  version: 1,
  tables: ['points_lots', 'points_lot_holds'],
  schema: `
    CREATE TABLE IF NOT EXISTS points_lots (
      volunteer_id TEXT NOT NULL,
      lot_id       TEXT NOT NULL,
      expires_on   TEXT NOT NULL,
      remaining    INTEGER NOT NULL,
      PRIMARY KEY (volunteer_id, lot_id)
    );
    CREATE INDEX IF NOT EXISTS points_lots_left_by_expiry ON points_lots (expires_on) WHERE remaining > 0;
    CREATE TABLE IF NOT EXISTS points_lot_holds (
      volunteer_id  TEXT NOT NULL,
      redemption_id TEXT NOT NULL,
      lot_id        TEXT NOT NULL,
      points        INTEGER NOT NULL,
      PRIMARY KEY (volunteer_id, redemption_id, lot_id)
    );`,
  eventTypes: [
    'PointsEarned',
    'PointsClawedBack',
    'PointsExpired',
    'PointsHeld',
    'PointsHoldCaptured',
    'PointsHoldReleased',
  ] satisfies PointsEvent['type'][],
  bind(db) {
    const open = db.prepare(
      `INSERT OR IGNORE INTO points_lots (volunteer_id, lot_id, expires_on, remaining)
       VALUES (@volunteerId, @lotId, @expiresOn, @remaining)`,
    );
    const take = db.prepare(
      'UPDATE points_lots SET remaining = remaining - @points WHERE volunteer_id = @volunteerId AND lot_id = @lotId',
    );
    const hold = db.prepare(
      `INSERT OR REPLACE INTO points_lot_holds (volunteer_id, redemption_id, lot_id, points)
       VALUES (@volunteerId, @redemptionId, @lotId, @points)`,
    );
    const heldFrom = db.prepare<[string, string], { lot_id: string; points: number }>(
      'SELECT lot_id, points FROM points_lot_holds WHERE volunteer_id = ? AND redemption_id = ?',
    );
    const settle = db.prepare('DELETE FROM points_lot_holds WHERE volunteer_id = ? AND redemption_id = ?');
    return (recorded) => {
      const event = recorded as unknown as PointsEvent;
      const volunteerId = event.data.volunteerId;
      switch (event.type) {
        case 'PointsEarned': {
          const d = event.data;
          open.run({
            volunteerId,
            lotId: d.lotId,
            expiresOn: d.expiresOn,
            remaining: d.points - d.settledOwed,
          });
          return;
        }
        case 'PointsClawedBack':
          for (const part of event.data.fromLots)
            take.run({ volunteerId, lotId: part.lotId, points: part.points });
          return;
        case 'PointsExpired':
          take.run({ volunteerId, lotId: event.data.lotId, points: event.data.points });
          return;
        case 'PointsHeld':
          for (const part of event.data.allocations) {
            take.run({ volunteerId, lotId: part.lotId, points: part.points });
            hold.run({
              volunteerId,
              redemptionId: event.data.redemptionId,
              lotId: part.lotId,
              points: part.points,
            });
          }
          return;
        case 'PointsHoldCaptured':
          settle.run(volunteerId, event.data.redemptionId);
          return;
        case 'PointsHoldReleased':
          for (const part of heldFrom.all(volunteerId, event.data.redemptionId)) {
            take.run({ volunteerId, lotId: part.lot_id, points: -part.points });
          }
          settle.run(volunteerId, event.data.redemptionId);
          return;
      }
    };
  },
};
