import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import type { SignupStatusName } from '../../../../components/signup-status';

/** How an activity recruits (API.md: PUT /activities/{id}/recruitment). */
export interface Recruitment {
  readonly open: boolean;
  readonly quota: number;
  readonly signupDeadline: string;
  readonly approval: 'auto' | 'manual';
  readonly audience: 'region' | 'teams';
  readonly teamIds?: readonly string[];
  readonly walkIns: boolean;
}

export interface SignupItem {
  readonly id: string;
  readonly volunteerId: string;
  readonly status: SignupStatusName;
  readonly signedUpAt: string;
  readonly waitlistPosition?: number;
}

export const SIGNUP_PAGE_SIZE = 20;

const activityPath = (id: string) => `/activities/${encodeURIComponent(id)}`;

export const recruitmentApi = {
  /** The activity's recruitment (null: it does not recruit) and the activity's ETag for If-Match. */
  read: async (activityId: string) => {
    const { data, etag } = await api.getTagged<{ recruitment: Recruitment | null }>(
      `${activityPath(activityId)}/recruitment`,
    );
    return { recruitment: data.recruitment, etag };
  },
  /** Refused with 412 when the activity changed since `etag` was read. */
  set: (activityId: string, recruitment: Recruitment, etag?: string) =>
    api.put<{ recruitment: Recruitment }>(
      `${activityPath(activityId)}/recruitment`,
      recruitment,
      etag ? { 'If-Match': etag } : undefined,
    ),
  signups: (activityId: string, page: number) =>
    api.get<Page<SignupItem>>(`${activityPath(activityId)}/signups`, { page, pageSize: SIGNUP_PAGE_SIZE }),
  approve: (signupId: string) => api.post<{ id: string; status: string }>(`/signups/${signupId}/approve`),
  decline: (signupId: string, reason: string) =>
    api.post<{ id: string; status: string }>(`/signups/${signupId}/decline`, { reason }),
};
