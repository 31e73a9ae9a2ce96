import type { NeedStatus } from '@ledger/domain';

export interface NeedRequesterView {
  /** Masked (张*明); null once the requester is forgotten. */
  readonly name: string | null;
  /** Masked (138****5678); null once the requester is forgotten. */
  readonly phone: string | null;
  readonly organisation: string | null;
}

export interface NeedTimelineEntryView {
  readonly type: string;
  readonly at: string;
  /** The account that took the step (`public` for the requester, `system` for the ledger). */
  readonly by: string;
  readonly reason?: string;
  readonly teamId?: string;
  readonly activityId?: string;
  readonly score?: number;
}

export interface NeedView {
  readonly id: string;
  readonly trackingNo: string;
  readonly title: string;
  readonly description: string;
  readonly field: string;
  readonly regionCode: string;
  readonly requester: NeedRequesterView;
  readonly preferredFrom: string | null;
  readonly preferredTo: string | null;
  readonly channel: string;
  readonly status: NeedStatus;
  /** When the need entered its status. */
  readonly statusSince: string;
  /** Submitted and not accepted, or dispatched and not taken, for more than 3 working days. */
  readonly overdue: boolean;
  readonly teamId: string | null;
  readonly activityIds: readonly string[];
  readonly rating: { readonly score: number; readonly comment: string | null } | null;
  readonly submittedAt: string;
  /** Steps, oldest first; contact reads only for administrators. */
  readonly timeline: readonly NeedTimelineEntryView[];
}

/** What the requester sees with the tracking number and the secret: no staff, no contact. */
export interface PublicNeedView {
  readonly trackingNo: string;
  readonly title: string;
  readonly field: string;
  readonly regionCode: string;
  readonly status: NeedStatus;
  readonly submittedAt: string;
  readonly rating: { readonly score: number; readonly comment: string | null } | null;
  readonly timeline: readonly { readonly type: string; readonly at: string; readonly reason?: string }[];
}

export interface NeedSubmittedView {
  readonly trackingNo: string;
  readonly status: 'submitted';
  /** The secret to follow and rate the need: shown once, kept only as a hash. */
  readonly accessToken: string;
  readonly id: string;
}
