import { isExited, type VolunteerState } from '@ledger/domain';

/**
 * The volunteer's exit (退出) as sign-ups see it: true when the volunteer's stream leaves it exited
 * (VolunteerExited, not followed by VolunteerRejoined). A sign-up of an exited volunteer is refused
 * with VOLUNTEER_EXITED.
 */
export const volunteerHasExited = (state: VolunteerState): boolean => isExited(state);
