import type { Command } from '../decider';
import type { GeoPoint } from './attendance.events';

/** What attendance decisions need of the activity, read from its stream by the application. */
export interface AttendanceActivityFacts {
  readonly activityId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  /** Whether volunteers without an accepted sign-up may check in (the recruitment's walkIns). */
  readonly walkIns: boolean;
  /** The coordinates of the activity's station (null: no station, or it has none). */
  readonly station: GeoPoint | null;
}

export type OpenAttendance = Command<
  'OpenAttendance',
  { sessionId: string; activity: AttendanceActivityFacts }
>;

export type CheckIn = Command<
  'CheckIn',
  {
    attendanceId: string;
    sessionId: string;
    activity: AttendanceActivityFacts;
    volunteer: { volunteerId: string; exited: boolean };
    location: GeoPoint | null;
  }
>;

/** The service record the application wrote for a check-out (through RecordService, by the opener). */
export interface RecordedCheckOut {
  readonly attendanceId: string;
  readonly serviceRecordId: string | null;
  readonly minutes: number;
  readonly recordRefused: string | null;
}

export type CheckOut = Command<
  'CheckOut',
  { sessionId: string; activity: AttendanceActivityFacts; volunteerId: string; recorded: RecordedCheckOut }
>;

export type CloseAttendance = Command<
  'CloseAttendance',
  { sessionId: string; activity: AttendanceActivityFacts; recorded: readonly RecordedCheckOut[] }
>;

export type AttendanceCommand = OpenAttendance | CheckIn | CheckOut | CloseAttendance;
