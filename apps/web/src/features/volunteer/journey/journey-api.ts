import { api } from '../../../api/client';
import type { Page } from '../../../api/types';

/** The volunteer's side of recruitment, sign-up and check-in (API.md "Recruitment, sign-up, check-in and exit"). */

export type SignupStatus = 'pending' | 'accepted' | 'waitlisted' | 'declined' | 'withdrawn' | 'no-show';

export interface OpenActivity {
  readonly id: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly regionCode: string;
  readonly quota: number;
  readonly accepted: number;
  readonly waitlisted: number;
  readonly signupDeadline: string;
  /** The volunteer's latest sign-up for it. */
  readonly mySignup?: { readonly id: string; readonly status: SignupStatus };
}

/** One of the volunteer's own sign-ups with its activity (GET /volunteers/{id}/signups). */
export interface MySignup {
  readonly id: string;
  readonly activity: {
    readonly id: string;
    readonly title: string;
    readonly startsAt: string;
    readonly endsAt: string;
    readonly regionCode: string;
  };
  readonly status: SignupStatus;
  readonly signedUpAt: string;
  /** 1-based place in line, waitlisted sign-ups only. */
  readonly waitlistPosition?: number;
}

export interface SignupAnswer {
  readonly id: string;
  readonly status: SignupStatus;
}

export interface CheckInAnswer {
  readonly attendanceId: string;
  readonly activityId: string;
  readonly checkedInAt: string;
}

export interface CheckOutAnswer {
  readonly attendanceId: string;
  readonly checkedOutAt: string;
  readonly serviceRecordId: string;
  readonly minutes: number;
}

export interface Location {
  readonly lat: number;
  readonly lng: number;
}

export const OPEN_PAGE_SIZE = 50;
export const MINE_PAGE_SIZE = 20;

export const journeyApi = {
  open: (page = 1) => api.get<Page<OpenActivity>>('/activities/open', { page, pageSize: OPEN_PAGE_SIZE }),
  mine: (volunteerId: string, page = 1) =>
    api.get<Page<MySignup>>(`/volunteers/${encodeURIComponent(volunteerId)}/signups`, {
      page,
      pageSize: MINE_PAGE_SIZE,
    }),
  signUp: (activityId: string) =>
    api.post<SignupAnswer>(`/activities/${encodeURIComponent(activityId)}/signups`),
  withdraw: (signupId: string) => api.post<SignupAnswer>(`/signups/${encodeURIComponent(signupId)}/withdraw`),
  checkIn: (code: string, location?: Location) =>
    api.post<CheckInAnswer>('/check-ins', location ? { code, location } : { code }),
  checkOut: (code: string) => api.post<CheckOutAnswer>('/check-outs', { code }),
};

/** Sign-ups the volunteer may still withdraw: holding a place or a place in line, before the start. */
export const mayWithdraw = (signup: MySignup, nowMs: number): boolean =>
  (signup.status === 'pending' || signup.status === 'accepted' || signup.status === 'waitlisted') &&
  nowMs < Date.parse(signup.activity.startsAt);

/** Places still free: the quota less those accepted, never below 0. */
export const placesLeft = (activity: Pick<OpenActivity, 'quota' | 'accepted'>): number =>
  Math.max(0, activity.quota - activity.accepted);
