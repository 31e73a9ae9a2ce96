import type Database from 'better-sqlite3';
import { isNeedOverdue, type NeedStatus, regionCodeRange } from '@ledger/domain';
import type { NeedActivityRow, NeedRow, NeedTimelineRow } from './needs.projection';

/** Reads of the needs read model. Overdue needs the clock: the application computes it on these rows. */
export class NeedsReadModel {
  private readonly byId: Database.Statement<[string], NeedRow>;
  private readonly byTrackingNo: Database.Statement<[string], NeedRow>;
  private readonly inRegion: Database.Statement<[string, string], NeedRow>;
  private readonly timelineOf: Database.Statement<[string], NeedTimelineRow>;
  private readonly activitiesOf: Database.Statement<[string], NeedActivityRow>;
  private readonly byActivity: Database.Statement<[string], NeedActivityRow>;
  private readonly servedCandidates: Database.Statement<[number], NeedActivityRow>;
  private readonly waitingRows: Database.Statement<[], NeedRow>;

  constructor(db: Database.Database) {
    this.byId = db.prepare('SELECT * FROM needs WHERE need_id = ?');
    this.byTrackingNo = db.prepare('SELECT * FROM needs WHERE tracking_no = ?');
    this.inRegion = db.prepare(
      'SELECT * FROM needs WHERE region_code >= ? AND region_code <= ? ORDER BY submitted_at DESC, need_id',
    );
    this.waitingRows = db.prepare(
      "SELECT * FROM needs WHERE status IN ('submitted', 'dispatched') ORDER BY region_code, need_id",
    );
    this.timelineOf = db.prepare('SELECT * FROM need_timeline WHERE need_id = ? ORDER BY position');
    this.activitiesOf = db.prepare('SELECT * FROM need_activities WHERE need_id = ? ORDER BY activity_id');
    this.byActivity = db.prepare('SELECT * FROM need_activities WHERE activity_id = ?');
    // Needs still open whose linked activity has ended by now with a confirmed service record.
    this.servedCandidates = db.prepare(
      `SELECT na.need_id, min(na.activity_id) AS activity_id
       FROM need_activities na
       JOIN needs n ON n.need_id = na.need_id
       JOIN org_activities a ON a.activity_id = na.activity_id
       WHERE n.status IN ('accepted', 'dispatched', 'taken')
         AND a.ends_at_ms <= ? AND a.confirmed_records > 0
       GROUP BY na.need_id ORDER BY na.need_id`,
    );
  }

  find(needId: string): NeedRow | undefined {
    return this.byId.get(needId);
  }

  findByTrackingNo(trackingNo: string): NeedRow | undefined {
    return this.byTrackingNo.get(trackingNo);
  }

  /** Every need of the region and the regions inside it, the latest first. */
  inside(regionCode: string): NeedRow[] {
    // The national office (000000) sees every region.
    const { from, to } = regionCode === '000000' ? { from: '', to: '~' } : regionCodeRange(regionCode);
    return this.inRegion.all(from, to);
  }

  /** Needs waiting to be accepted or taken: the only ones that can be overdue (`isNeedOverdue`). */
  waiting(): NeedRow[] {
    return this.waitingRows.all();
  }

  timeline(needId: string): NeedTimelineRow[] {
    return this.timelineOf.all(needId);
  }

  activities(needId: string): string[] {
    return this.activitiesOf.all(needId).map((r) => r.activity_id);
  }

  needsOfActivity(activityId: string): string[] {
    return this.byActivity.all(activityId).map((r) => r.need_id);
  }

  /** Needs a linked activity has served by `now`: the sweep records them fulfilled. */
  served(now: Date): NeedActivityRow[] {
    return this.servedCandidates.all(now.getTime());
  }

  /** The pilot dashboard's needs figures for a region, as of `now` (the caller's clock). */
  figures(regionCode: string, now: Date): NeedFigures {
    const rows = this.inside(regionCode);
    const scores = rows.filter((r) => r.score !== null).map((r) => r.score!);
    const iso = now.toISOString();
    return {
      received: rows.length,
      fulfilled: rows.filter((r) => r.status === 'fulfilled' || r.status === 'rated').length,
      overdue: rows.filter((r) => isNeedOverdue(r.status as NeedStatus, r.status_since, iso)).length,
      averageRating:
        scores.length === 0
          ? null
          : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
    };
  }
}

export interface NeedFigures {
  readonly received: number;
  readonly fulfilled: number;
  readonly overdue: number;
  /** One decimal; null while no need is rated. */
  readonly averageRating: number | null;
}
