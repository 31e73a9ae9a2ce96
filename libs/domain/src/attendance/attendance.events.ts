import type { Actor, DomainEvent } from '../decider';

/**
 * On-site attendance (签到签退) of one activity. Every event lands on the activity's sign-up stream
 * (`signups-<activityId>`, see journey/signup.events.ts): a check-in is decided with that stream's
 * expected revision, so two check-ins of one volunteer racing from two tabs give exactly one, and
 * the sign-up decider sees the check-in (`hasCheckedIn`) when it marks no-shows.
 */

/** A geographic point as a phone gives it (WGS-84 degrees). */
export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

/** The account that opened the session: it records the service of every check-out of the session. */
export interface AttendanceOpener {
  readonly accountId: string;
  readonly role: Actor['role'];
  readonly regionCode: string;
}

/** An organiser or administrator opened check-in on site (its phone shows the rotating codes). */
export type AttendanceOpened = DomainEvent<
  'AttendanceOpened',
  {
    sessionId: string;
    activityId: string;
    openedBy: AttendanceOpener;
    openedAt: string;
  }
>;

/** The session was closed; every volunteer still in was checked out by the same command (below). */
export type AttendanceClosed = DomainEvent<
  'AttendanceClosed',
  {
    sessionId: string;
    activityId: string;
    /** How many volunteers the closing checked out. */
    checkedOut: number;
    closedBy: string;
    closedAt: string;
  }
>;

/** A volunteer checked in with a current code of an open session. */
export type VolunteerCheckedIn = DomainEvent<
  'VolunteerCheckedIn',
  {
    attendanceId: string;
    sessionId: string;
    activityId: string;
    volunteerId: string;
    /** The accepted sign-up it checked in under; null for a walk-in. */
    signupId: string | null;
    walkIn: boolean;
    /** Where the phone said it was (null: it gave no location). */
    location: GeoPoint | null;
    /** Metres from the activity's station (null: no location, or the station has no coordinates). */
    distanceMetres: number | null;
    /** Over 1 km from the station: flagged for the staff, never refused. */
    farFromStation: boolean;
    checkedInBy: string;
    checkedInAt: string;
  }
>;

/** A volunteer checked out (or was checked out by closing): its pending service record is written. */
export type VolunteerCheckedOut = DomainEvent<
  'VolunteerCheckedOut',
  {
    attendanceId: string;
    sessionId: string;
    activityId: string;
    volunteerId: string;
    checkedOutAt: string;
    /** The pending record of the minutes served (null: the rules left nothing to record, see `recordRefused`). */
    serviceRecordId: string | null;
    minutes: number;
    /** The rule that refused the record when closing checked the volunteer out (e.g. SERVICE_TOO_SHORT). */
    recordRefused: string | null;
    /** `volunteer`: it scanned the code; `closing`: the session was closed while it was in. */
    by: 'volunteer' | 'closing';
    checkedOutBy: string;
  }
>;

export type AttendanceEvent = AttendanceOpened | AttendanceClosed | VolunteerCheckedIn | VolunteerCheckedOut;

export const ATTENDANCE_EVENT_TYPES: readonly AttendanceEvent['type'][] = [
  'AttendanceOpened',
  'AttendanceClosed',
  'VolunteerCheckedIn',
  'VolunteerCheckedOut',
];
