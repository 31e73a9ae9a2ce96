import type Database from 'better-sqlite3';
import type { StarRoundCandidateRow, StarRoundRow } from './star-rounds.projection';

export interface StarRoundListFilter {
  /** Rounds of regions inside this range (`regionCodeRange`). */
  readonly region: { readonly from: string; readonly to: string };
  readonly status?: string;
}

type ListParams = { regionFrom: string; regionTo: string; status: string | null };

const LIST_FILTER = `region_code >= @regionFrom AND region_code < @regionTo
  AND (@status IS NULL OR status = @status)`;

/** Reads over the star-rounds read model. */
export class StarRoundsReadModel {
  private readonly one: Database.Statement<[string], StarRoundRow>;
  private readonly recent: Database.Statement<[number], StarRoundRow>;
  private readonly candidates: Database.Statement<[string, string, number], StarRoundCandidateRow>;
  private readonly listPage: Database.Statement<
    [ListParams & { limit: number; offset: number }],
    StarRoundRow
  >;
  private readonly listCount: Database.Statement<[ListParams], { total: number }>;
  private readonly ofRegions: Database.Statement<[string, string, string], StarRoundRow>;

  constructor(db: Database.Database) {
    this.one = db.prepare('SELECT * FROM star_rounds WHERE round_id = ?');
    this.recent = db.prepare('SELECT * FROM star_rounds ORDER BY opened_at DESC, round_id LIMIT ?');
    this.candidates = db.prepare(
      `SELECT * FROM star_round_candidates WHERE round_id = ? AND volunteer_id > ?
       ORDER BY volunteer_id LIMIT ?`,
    );
    this.listPage = db.prepare(
      `SELECT * FROM star_rounds WHERE ${LIST_FILTER}
       ORDER BY opened_at DESC, round_id DESC LIMIT @limit OFFSET @offset`,
    );
    this.listCount = db.prepare(`SELECT COUNT(*) AS total FROM star_rounds WHERE ${LIST_FILTER}`);
    this.ofRegions = db.prepare('SELECT * FROM star_rounds WHERE region_code IN (?, ?, ?)');
  }

  /** Rounds newest first (by when they were opened, then id), a page at a time. */
  page(
    filter: StarRoundListFilter,
    slice: { limit: number; offset: number },
  ): { rows: StarRoundRow[]; total: number } {
    const params: ListParams = {
      regionFrom: filter.region.from,
      regionTo: filter.region.to,
      status: filter.status ?? null,
    };
    return {
      rows: this.listPage.all({ ...params, ...slice }),
      total: this.listCount.get(params)?.total ?? 0,
    };
  }

  /** Every round of these regions exactly (a region and those containing it: three codes at most). */
  ofRegionCodes(codes: readonly string[]): StarRoundRow[] {
    const [a, b = a, c = a] = codes;
    return a === undefined ? [] : this.ofRegions.all(a, b, c);
  }

  find(roundId: string): StarRoundRow | undefined {
    return this.one.get(roundId);
  }

  /** The most recently opened rounds first. */
  list(limit: number): StarRoundRow[] {
    return this.recent.all(limit);
  }

  /** A round's candidates by volunteer id, after `after` (a cursor), `limit` at most. */
  candidatesOf(roundId: string, limit: number, after = ''): StarRoundCandidateRow[] {
    return this.candidates.all(roundId, after, limit);
  }
}
