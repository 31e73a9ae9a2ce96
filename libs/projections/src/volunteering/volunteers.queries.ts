import type Database from 'better-sqlite3';
import type { RegionRange } from '../organisation/organisation.queries';
import { inRange, PagedQuery, type PagedRows, type Paging } from '../paged-query';
import type { CommendationRow, EvaluationRow, TrainingRow, VolunteerRow } from './volunteers.projection';

/** A volunteer in a list, with the totals the console shows beside the number. */
export interface VolunteerListRow extends VolunteerRow {
  confirmed_minutes: number;
  star_level: number;
}

export interface VolunteerListFilter {
  readonly region: RegionRange;
  /** The start of the volunteer number (e.g. `410122-2026-`). */
  readonly volunteerNoPrefix?: string;
}

const LIST_COLUMNS = `v.*, coalesce(h.confirmed_minutes, 0) AS confirmed_minutes,
  coalesce(i.star_level, 0) AS star_level`;
const LIST_FROM = `volunteers v
  LEFT JOIN volunteer_hours h ON h.volunteer_id = v.volunteer_id
  LEFT JOIN volunteer_incentives i ON i.volunteer_id = v.volunteer_id`;

/** Reads over the volunteers read model. */
export class VolunteersReadModel {
  private readonly byId: Database.Statement<[string], VolunteerRow>;
  private readonly byNumber: Database.Statement<[string], VolunteerRow>;
  private readonly trainings: Database.Statement<[string], TrainingRow>;
  private readonly commendations: Database.Statement<[string], CommendationRow>;
  private readonly evaluations: Database.Statement<[string], EvaluationRow>;
  private readonly list: PagedQuery<VolunteerListRow>;
  private inRegion?: Database.Statement<[{ regionFrom: string; regionTo: string }], VolunteerListRow>;

  constructor(private readonly db: Database.Database) {
    // The lists join the hours and incentives read models: their statements are prepared on first
    // use, so a database holding only this read model (a test's) still opens it.
    // Volunteer numbers are unique, so ordering by them alone is total.
    this.list = new PagedQuery(db, { select: LIST_COLUMNS, from: LIST_FROM, orderBy: 'v.volunteer_no' });
    this.byId = db.prepare('SELECT * FROM volunteers WHERE volunteer_id = ?');
    this.byNumber = db.prepare('SELECT * FROM volunteers WHERE volunteer_no = ?');
    this.trainings = db.prepare('SELECT * FROM volunteer_trainings WHERE volunteer_id = ? ORDER BY position');
    this.commendations = db.prepare(
      'SELECT * FROM volunteer_commendations WHERE volunteer_id = ? ORDER BY position',
    );
    this.evaluations = db.prepare(
      'SELECT * FROM volunteer_evaluations WHERE volunteer_id = ? ORDER BY position',
    );
  }

  findById(volunteerId: string): VolunteerRow | undefined {
    return this.byId.get(volunteerId);
  }

  /** The volunteer of a volunteer number (410122-2026-000123), whatever its region. */
  findByNumber(volunteerNo: string): VolunteerRow | undefined {
    return this.byNumber.get(volunteerNo);
  }

  trainingsOf(volunteerId: string): TrainingRow[] {
    return this.trainings.all(volunteerId);
  }

  commendationsOf(volunteerId: string): CommendationRow[] {
    return this.commendations.all(volunteerId);
  }

  evaluationsOf(volunteerId: string): EvaluationRow[] {
    return this.evaluations.all(volunteerId);
  }

  /** Volunteers of the region by volunteer number, optionally only numbers that start with a prefix. */
  listVolunteers(filter: VolunteerListFilter, paging: Paging): PagedRows<VolunteerListRow> {
    const prefix = filter.volunteerNoPrefix;
    return this.list.run(
      [
        inRange('v.region_code', 'region', filter.region),
        // A range rather than LIKE: the prefix may hold `_` or `%`, and the range uses the unique index.
        prefix === undefined
          ? undefined
          : {
              sql: 'v.volunteer_no >= @noFrom AND v.volunteer_no < @noTo',
              params: { noFrom: prefix, noTo: `${prefix}\u{10ffff}` },
            },
      ],
      paging,
    );
  }

  /**
   * Every volunteer of the region by volunteer number: what a search by name walks, since names are
   * sealed in the log and never stored here.
   */
  allInRegion(region: RegionRange): VolunteerListRow[] {
    this.inRegion ??= this.db.prepare(
      `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM}
       WHERE v.region_code >= @regionFrom AND v.region_code < @regionTo ORDER BY v.volunteer_no`,
    );
    return this.inRegion.all({ regionFrom: region.from, regionTo: region.to });
  }
}
