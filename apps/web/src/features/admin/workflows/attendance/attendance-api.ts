import { api } from '../../../../api/client';

/** On-site check-in (API.md: POST /activities/{id}/attendance and the routes of its session). */
export interface AttendanceCode {
  readonly sessionId: string;
  /** The 6 digits a volunteer types. */
  readonly code: string;
  /** The text of the QR code a volunteer scans. */
  readonly qr: string;
  /** When this pair stops being accepted; the next one is read then. */
  readonly expiresAt: string;
}

export interface AttendanceItem {
  readonly volunteerId: string;
  /** The sign-up it came under, or null for a walk-in. */
  readonly signup?: { readonly id: string; readonly status: string } | null;
  readonly checkedInAt?: string;
  readonly checkedOutAt?: string;
  readonly minutes?: number;
  readonly serviceRecordId?: string;
  /** Checked in over 1 km from the station (flagged, never refused). */
  readonly farFromStation?: boolean;
}

export const attendanceApi = {
  open: (activityId: string) =>
    api.post<AttendanceCode>(`/activities/${encodeURIComponent(activityId)}/attendance`),
  currentCode: (sessionId: string) =>
    api.get<Partial<AttendanceCode>>(`/attendance/${encodeURIComponent(sessionId)}/code`),
  close: (sessionId: string) => api.post<unknown>(`/attendance/${encodeURIComponent(sessionId)}/close`),
  list: (activityId: string) =>
    api.get<{ items: AttendanceItem[] }>(`/activities/${encodeURIComponent(activityId)}/attendance`),
};

/** The page's clock, for the code's expiry: tests put their own in its place. */
export const attendanceClock = { now: (): number => Date.now() };

/** How often the list of who is in and out is read again while attendance is open. */
export const ATTENDANCE_POLL_MS = 10_000;
/** After a failed read of the next code, how long before trying again. */
export const CODE_RETRY_MS = 5_000;
