import { regionCodeRange, type StarCandidate, starLevelFor } from '@ledger/domain';
import type Database from 'better-sqlite3';

export interface DrawQuery {
  readonly regionCode: string;
  /** Service dates counted: from (inclusive, null for all) to the cutoff (inclusive). */
  readonly from: string | null;
  readonly to: string;
  /** The business date of the draw: a volunteer banned through it or later is left out. */
  readonly asOf: string;
  readonly thresholdsHours: readonly number[];
}

interface DrawRow {
  volunteer_id: string;
  star_level: number;
  minutes: number;
}

/**
 * The draw of a star round, from the qualification read model: one indexed pass over the region's
 * volunteers and their service days, rows streamed (memory holds the candidates, not the days).
 */
export class StarQualificationReadModel {
  private readonly draw: Database.Statement;
  private readonly checkpoint: Database.Statement<[], { position: number }>;
  private readonly minutes: Database.Statement<
    [{ volunteerId: string; from: string; to: string }],
    { minutes: number | null }
  >;

  constructor(private readonly db: Database.Database) {
    // HAVING keeps only those whose minutes reach the star above the one they hold.
    this.draw = db.prepare(
      `SELECT v.volunteer_id, v.star_level, SUM(d.minutes) AS minutes
       FROM star_qualification_volunteers v
       JOIN star_qualification_days d
         ON d.volunteer_id = v.volunteer_id AND d.service_date <= @to AND d.service_date >= @from
       WHERE v.region_code >= @regionFrom AND v.region_code < @regionTo
         AND v.forgotten = 0 AND (v.banned_until IS NULL OR v.banned_until < @asOf)
       GROUP BY v.volunteer_id
       HAVING SUM(d.minutes) >= CASE v.star_level
         WHEN 0 THEN @t1 WHEN 1 THEN @t2 WHEN 2 THEN @t3 WHEN 3 THEN @t4 WHEN 4 THEN @t5 ELSE -1 END
         AND v.star_level < 5
       ORDER BY v.volunteer_id`,
    );
    this.minutes = db.prepare(
      `SELECT SUM(minutes) AS minutes FROM star_qualification_days
       WHERE volunteer_id = @volunteerId AND service_date >= @from AND service_date <= @to`,
    );
    this.checkpoint = db.prepare(
      "SELECT position FROM projection_checkpoints WHERE name = 'star-qualification'",
    );
  }

  /** A volunteer's confirmed minutes of service dated inside a window (`from` null: from the start). */
  minutesOf(volunteerId: string, window: { readonly from: string | null; readonly to: string }): number {
    return this.minutes.get({ volunteerId, from: window.from ?? '', to: window.to })?.minutes ?? 0;
  }

  /** The candidates, and the log position the read model had reached when they were read. */
  drawCandidates(query: DrawQuery): { candidates: StarCandidate[]; position: number } {
    const range = regionCodeRange(query.regionCode);
    const t = query.thresholdsHours.map((h) => h * 60);
    const read = this.db.transaction(() => {
      const candidates: StarCandidate[] = [];
      const rows = this.draw.iterate({
        to: query.to,
        from: query.from ?? '',
        regionFrom: range.from,
        regionTo: range.to,
        asOf: query.asOf,
        t1: t[0],
        t2: t[1],
        t3: t[2],
        t4: t[3],
        t5: t[4],
      }) as IterableIterator<DrawRow>;
      for (const row of rows) {
        const proposed = starLevelFor(row.minutes, query.thresholdsHours);
        if (proposed <= row.star_level) continue;
        candidates.push({
          volunteerId: row.volunteer_id,
          confirmedMinutes: row.minutes,
          currentStarLevel: row.star_level,
          proposedStarLevel: proposed,
        });
      }
      return { candidates, position: this.checkpoint.get()?.position ?? 0 };
    });
    return read.deferred();
  }
}
