import type { DomainEvent } from '../decider';
import type { ProjectField } from '../organisation/project.events';
import type { SealedData } from '../volunteering/sealed-data';

/**
 * A need of the public (群众点单 → 科协派单 → 队伍接单 → 群众评单), stream `need-<needId>`.
 * The requester's name and phone travel only sealed under the need's own key.
 */
export const NEED_STATUSES = [
  'submitted',
  'accepted',
  'declined',
  'dispatched',
  'taken',
  'fulfilled',
  'rated',
  'closed',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export type NeedSubmitted = DomainEvent<
  'NeedSubmitted',
  {
    needId: string;
    trackingNo: string;
    title: string;
    description: string;
    field: ProjectField;
    regionCode: string;
    /** `{name, phone}` sealed under the need's key (keyId = `need:<needId>`). */
    contact: SealedData;
    /** The requester's organisation (a village committee, a school), not personal data. */
    organisation: string | null;
    preferredFrom: string | null;
    preferredTo: string | null;
    /** SHA-256 (hex) of the access token handed to the requester once; the token is never kept. */
    accessTokenHash: string;
    /** `public`: the form without an account; `staff`: entered by staff for a caller. */
    channel: 'public' | 'staff';
    submittedBy: string;
    submittedAt: string;
  }
>;

export type NeedAccepted = DomainEvent<
  'NeedAccepted',
  { needId: string; acceptedBy: string; acceptedAt: string }
>;

export type NeedDeclined = DomainEvent<
  'NeedDeclined',
  { needId: string; reason: string; declinedBy: string; declinedAt: string }
>;

export type NeedDispatched = DomainEvent<
  'NeedDispatched',
  { needId: string; teamId: string; dispatchedBy: string; dispatchedAt: string }
>;

export type NeedTaken = DomainEvent<
  'NeedTaken',
  { needId: string; teamId: string; takenBy: string; takenAt: string }
>;

/** The team hands the need back (with a reason); it is accepted again, to be dispatched anew. */
export type NeedReturned = DomainEvent<
  'NeedReturned',
  { needId: string; teamId: string; reason: string; returnedBy: string; returnedAt: string }
>;

/** An activity was scheduled for the need. */
export type NeedActivityLinked = DomainEvent<
  'NeedActivityLinked',
  { needId: string; activityId: string; linkedBy: string; linkedAt: string }
>;

/** A linked activity has ended with a confirmed service record: the need is served. */
export type NeedFulfilled = DomainEvent<
  'NeedFulfilled',
  { needId: string; activityId: string; fulfilledBy: string; fulfilledAt: string }
>;

export type NeedRated = DomainEvent<
  'NeedRated',
  { needId: string; score: number; comment: string | null; ratedAt: string }
>;

export type NeedClosed = DomainEvent<
  'NeedClosed',
  { needId: string; reason: string; previousStatus: NeedStatus; closedBy: string; closedAt: string }
>;

/** Someone read the unmasked contact (who, when): shown in the timeline to administrators. */
export type NeedContactRead = DomainEvent<
  'NeedContactRead',
  { needId: string; readBy: string; readAt: string }
>;

/** The requester is forgotten (个人信息保护法): the need's key is destroyed, the counts stay. */
export type NeedRequesterForgotten = DomainEvent<
  'NeedRequesterForgotten',
  { needId: string; reason: string; forgottenBy: string; forgottenAt: string }
>;

export type NeedEvent =
  | NeedSubmitted
  | NeedAccepted
  | NeedDeclined
  | NeedDispatched
  | NeedTaken
  | NeedReturned
  | NeedActivityLinked
  | NeedFulfilled
  | NeedRated
  | NeedClosed
  | NeedContactRead
  | NeedRequesterForgotten;

export const NEED_EVENT_TYPES: readonly NeedEvent['type'][] = [
  'NeedSubmitted',
  'NeedAccepted',
  'NeedDeclined',
  'NeedDispatched',
  'NeedTaken',
  'NeedReturned',
  'NeedActivityLinked',
  'NeedFulfilled',
  'NeedRated',
  'NeedClosed',
  'NeedContactRead',
  'NeedRequesterForgotten',
];
