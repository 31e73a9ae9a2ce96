import type { AttendanceClosed, AttendanceOpened } from '@ledger/domain';
import type Database from 'better-sqlite3';
import type { Projection } from '../projection';

/**
 * On-site check-in sessions (签到): which activity a session belongs to and whether it is open. The
 * check-in routes find a session by its id (a QR token names it) or, for a typed 6-digit code, among
 * the open ones. Everything comes from the events, so a rebuild lands on the same rows.
 */
export const attendanceSessionsProjection: Projection = {
  name: 'attendance-sessions',
  version: 1,
  tables: ['attendance_sessions'],
  schema: `
    CREATE TABLE IF NOT EXISTS attendance_sessions (
      session_id  TEXT PRIMARY KEY,
      activity_id TEXT NOT NULL,
      opened_by   TEXT NOT NULL,
      opened_at   TEXT NOT NULL,
      closed_at   TEXT
    );
    CREATE INDEX IF NOT EXISTS attendance_sessions_open ON attendance_sessions (closed_at, activity_id);`,
  eventTypes: ['AttendanceOpened', 'AttendanceClosed'],
  bind(db) {
    const open = db.prepare(
      `INSERT INTO attendance_sessions (session_id, activity_id, opened_by, opened_at)
       VALUES (@sessionId, @activityId, @openedBy, @openedAt) ON CONFLICT (session_id) DO NOTHING`,
    );
    const close = db.prepare('UPDATE attendance_sessions SET closed_at = ? WHERE session_id = ?');
    return (recorded) => {
      const event = recorded as unknown as AttendanceOpened | AttendanceClosed;
      if (event.type === 'AttendanceOpened')
        open.run({ ...event.data, openedBy: event.data.openedBy.accountId });
      else if (event.type === 'AttendanceClosed') close.run(event.data.closedAt, event.data.sessionId);
    };
  },
};

export interface AttendanceSessionRow {
  readonly sessionId: string;
  readonly activityId: string;
  readonly open: boolean;
}

interface RawSession {
  session_id: string;
  activity_id: string;
  closed_at: string | null;
}

const rowOf = (raw: RawSession): AttendanceSessionRow => ({
  sessionId: raw.session_id,
  activityId: raw.activity_id,
  open: raw.closed_at === null,
});

/** Queries over the sessions read model. */
export class AttendanceSessionsReadModel {
  private readonly one: Database.Statement<[string], RawSession>;
  private readonly allOpen: Database.Statement<[], RawSession>;

  constructor(db: Database.Database) {
    this.one = db.prepare(
      'SELECT session_id, activity_id, closed_at FROM attendance_sessions WHERE session_id = ?',
    );
    this.allOpen = db.prepare(
      'SELECT session_id, activity_id, closed_at FROM attendance_sessions WHERE closed_at IS NULL ORDER BY opened_at',
    );
  }

  session(sessionId: string): AttendanceSessionRow | undefined {
    const raw = this.one.get(sessionId);
    return raw ? rowOf(raw) : undefined;
  }

  openSessions(): AttendanceSessionRow[] {
    return this.allOpen.all().map(rowOf);
  }
}
