import type Database from 'better-sqlite3';
import type { ServiceRecordHistoryRow, ServiceRecordRow } from './service-records.projection';

export interface Page<T> {
  readonly items: T[];
  /** The position to continue below, when there is more. */
  readonly nextBefore?: number;
}

/** Reads over the service-records read model. */
export class ServiceRecordsReadModel {
  private readonly byId: Database.Statement<[string], ServiceRecordRow>;
  private readonly history: Database.Statement<[string], ServiceRecordHistoryRow>;
  private readonly byVolunteer: Database.Statement<[string, number, number], ServiceRecordRow>;

  constructor(db: Database.Database) {
    this.byId = db.prepare('SELECT * FROM service_records WHERE record_id = ?');
    this.history = db.prepare('SELECT * FROM service_record_history WHERE record_id = ? ORDER BY position');
    this.byVolunteer = db.prepare(
      `SELECT * FROM service_records WHERE volunteer_id = ? AND position < ? ORDER BY position DESC LIMIT ?`,
    );
  }

  findById(recordId: string): ServiceRecordRow | undefined {
    return this.byId.get(recordId);
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
}
