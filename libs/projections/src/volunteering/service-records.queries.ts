import type Database from 'better-sqlite3';
import type { RegionRange } from '../organisation/organisation.queries';
import { inRange, PagedQuery, type PagedRows, type Paging } from '../paged-query';
import type { ServiceRecordHistoryRow, ServiceRecordRow } from './service-records.projection';

export interface Page<T> {
  readonly items: T[];
  /** The position to continue below, when there is more. */
  readonly nextBefore?: number;
}

/** A record in a list: with its volunteer's number (and where its sealed name is) and its activity's title. */
export interface ServiceRecordListRow extends ServiceRecordRow {
  volunteer_no: string;
  volunteer_status: 'active' | 'forgotten';
  personal_data_revision: number;
  /** Null only if the activity's event has not reached the read model. */
  activity_title: string | null;
}

export interface ServiceRecordListFilter {
  /** The caller's region: a record is listed when it was served there or its volunteer belongs there. */
  readonly region: RegionRange;
  readonly status?: ServiceRecordRow['status'];
  readonly volunteerId?: string;
  readonly activityId?: string;
  /** Service dates (Asia/Shanghai, of startedAt), both ends included. */
  readonly fromDate?: string;
  readonly toDate?: string;
}

/** Confirmed service of one month (YYYY-MM, by the Asia/Shanghai date it started). */
export interface MonthlyMinutesRow {
  month: string;
  minutes: number;
  records: number;
}

const LIST_COLUMNS = `sr.*, v.volunteer_no, v.status AS volunteer_status, v.personal_data_revision,
  a.title AS activity_title`;
const LIST_FROM = `service_records sr
  JOIN volunteers v ON v.volunteer_id = sr.volunteer_id
  LEFT JOIN org_activities a ON a.activity_id = sr.activity_id`;

/** What a history line names of the service behind it. */
export interface ServedRow {
  activity_id: string;
  /** Null while the activity's read model has not seen it. */
  activity_title: string | null;
  service_date: string;
}

/** Reads over the service-records read model. */
export class ServiceRecordsReadModel {
  private readonly byId: Database.Statement<[string], ServiceRecordRow>;
  /**
   * Prepared on first use: it reads the activities' read model (org_activities), which a database
   * holding only the volunteering read models (their property tests) does not have.
   */
  private served?: Database.Statement<[string], ServedRow>;
  private readonly history: Database.Statement<[string], ServiceRecordHistoryRow>;
  private readonly byVolunteer: Database.Statement<[string, number, number], ServiceRecordRow>;
  private readonly list: PagedQuery<ServiceRecordListRow>;
  private readonly monthly: Database.Statement<[string, string, string], MonthlyMinutesRow>;

  constructor(private readonly db: Database.Database) {
    this.list = new PagedQuery(db, {
      select: LIST_COLUMNS,
      from: LIST_FROM,
      orderBy: 'sr.recorded_at DESC, sr.record_id DESC',
    });
    this.monthly = db.prepare(
      `SELECT substr(service_date, 1, 7) AS month, sum(minutes) AS minutes, count(*) AS records
       FROM service_records
       WHERE volunteer_id = ? AND status = 'confirmed' AND service_date >= ? AND service_date <= ?
       GROUP BY month ORDER BY month`,
    );
    this.byId = db.prepare('SELECT * FROM service_records WHERE record_id = ?');
    this.history = db.prepare('SELECT * FROM service_record_history WHERE record_id = ? ORDER BY position');
    this.byVolunteer = db.prepare(
      `SELECT * FROM service_records WHERE volunteer_id = ? AND position < ? ORDER BY position DESC LIMIT ?`,
    );
  }

  findById(recordId: string): ServiceRecordRow | undefined {
    return this.byId.get(recordId);
  }

  /** The activity a record served and its service date (Asia/Shanghai), for history lines. */
  servedOf(recordId: string): ServedRow | undefined {
    this.served ??= this.db.prepare(
      `SELECT sr.activity_id, a.title AS activity_title, sr.service_date
       FROM service_records sr LEFT JOIN org_activities a ON a.activity_id = sr.activity_id
       WHERE sr.record_id = ?`,
    );
    return this.served.get(recordId);
  }

  historyOf(recordId: string): ServiceRecordHistoryRow[] {
    return this.history.all(recordId);
  }

  /** A volunteer's records, most recently changed first. */
  ofVolunteer(volunteerId: string, limit: number, before = Number.MAX_SAFE_INTEGER): Page<ServiceRecordRow> {
    const rows = this.byVolunteer.all(volunteerId, before, limit + 1);
    const items = rows.slice(0, limit);
    return rows.length > limit ? { items, nextBefore: items[items.length - 1].position } : { items };
  }

  /**
   * Records served in the region or of a volunteer of the region (who reads a record by id), newest
   * recorded first; `oldestFirst` turns it round for a queue (the pending records waiting longest).
   */
  listRecords(
    filter: ServiceRecordListFilter,
    paging: Paging,
    oldestFirst = false,
  ): PagedRows<ServiceRecordListRow> {
    const region = inRange('sr.region_code', 'region', filter.region);
    const volunteerRegion = inRange('v.region_code', 'region', filter.region);
    const eq = (column: string, name: string, value: string | undefined) =>
      value === undefined ? undefined : { sql: `${column} = @${name}`, params: { [name]: value } };
    return this.list.run(
      [
        { sql: `(${region.sql} OR ${volunteerRegion.sql})`, params: region.params },
        eq('sr.status', 'status', filter.status),
        eq('sr.volunteer_id', 'volunteerId', filter.volunteerId),
        eq('sr.activity_id', 'activityId', filter.activityId),
        filter.fromDate === undefined
          ? undefined
          : { sql: 'sr.service_date >= @fromDate', params: { fromDate: filter.fromDate } },
        filter.toDate === undefined
          ? undefined
          : { sql: 'sr.service_date <= @toDate', params: { toDate: filter.toDate } },
      ],
      paging,
      oldestFirst ? 'sr.recorded_at, sr.record_id' : undefined,
    );
  }

  /** Confirmed minutes and records per month with any, for service dates in [fromDate, toDate]. */
  monthlyConfirmed(volunteerId: string, fromDate: string, toDate: string): MonthlyMinutesRow[] {
    return this.monthly.all(volunteerId, fromDate, toDate);
  }
}
