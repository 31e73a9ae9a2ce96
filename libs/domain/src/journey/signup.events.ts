import type { DomainEvent } from '../decider';

/**
 * Sign-ups of one activity, all on the activity's sign-up stream (`signups-<activityId>`), so the
 * quota is decided on one stream with its expected revision and is never exceeded.
 */
export const SIGNUP_STATUSES = [
  'pending',
  'accepted',
  'waitlisted',
  'declined',
  'withdrawn',
  'no-show',
] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** A volunteer signed up (报名), for itself or added by staff: accepted, pending approval, or waiting. */
export type VolunteerSignedUp = DomainEvent<
  'VolunteerSignedUp',
  {
    signupId: string;
    activityId: string;
    volunteerId: string;
    status: 'accepted' | 'pending' | 'waitlisted';
    signedUpBy: string;
    signedUpAt: string;
  }
>;

/** Staff approved a pending sign-up: accepted, or waiting when the quota is full. */
export type SignupApproved = DomainEvent<
  'SignupApproved',
  {
    signupId: string;
    activityId: string;
    volunteerId: string;
    status: 'accepted' | 'waitlisted';
    approvedBy: string;
    approvedAt: string;
  }
>;

/** Staff declined a sign-up, with the reason the volunteer is told. */
export type SignupDeclined = DomainEvent<
  'SignupDeclined',
  {
    signupId: string;
    activityId: string;
    volunteerId: string;
    /** The status it had before. */
    previousStatus: 'pending' | 'accepted' | 'waitlisted';
    reason: string;
    declinedBy: string;
    declinedAt: string;
  }
>;

/** The volunteer withdrew its sign-up before the start. */
export type SignupWithdrawn = DomainEvent<
  'SignupWithdrawn',
  {
    signupId: string;
    activityId: string;
    volunteerId: string;
    previousStatus: 'pending' | 'accepted' | 'waitlisted';
    reason: string | null;
    withdrawnBy: string;
    withdrawnAt: string;
  }
>;

/** The first in line moved up to accepted because a place came free (notifications tell the volunteer). */
export type SignupPromotedFromWaitlist = DomainEvent<
  'SignupPromotedFromWaitlist',
  {
    signupId: string;
    activityId: string;
    volunteerId: string;
    /** The sign-up whose withdrawal or decline freed the place; null when the quota was raised or recruitment reopened. */
    freedBy: string | null;
    promotedBy: string;
    promotedAt: string;
  }
>;

/** After the activity's end, an accepted sign-up that never checked in (缺席). */
export type SignupMarkedNoShow = DomainEvent<
  'SignupMarkedNoShow',
  {
    signupId: string;
    activityId: string;
    volunteerId: string;
    /** The activity's end it was judged against. */
    activityEndedAt: string;
    markedBy: string;
    markedAt: string;
  }
>;

export type SignupEvent =
  | VolunteerSignedUp
  | SignupApproved
  | SignupDeclined
  | SignupWithdrawn
  | SignupPromotedFromWaitlist
  | SignupMarkedNoShow;

export const SIGNUP_EVENT_TYPES: readonly SignupEvent['type'][] = [
  'VolunteerSignedUp',
  'SignupApproved',
  'SignupDeclined',
  'SignupWithdrawn',
  'SignupPromotedFromWaitlist',
  'SignupMarkedNoShow',
];

export const activitySignupsStream = (activityId: string): string => `signups-${activityId}`;
