import type { Me } from '../../../../api/types';

/**
 * What each staff role may change in the registers (the API's @Roles): administrators everything in
 * their region; organisers the activities, team membership and volunteer registration ("谁组织谁记录");
 * auditors nothing. The console hides what the API would refuse.
 */
export const canAdminister = (me: Me): boolean => me.role === 'admin';

export const canOrganise = (me: Me): boolean => me.role === 'admin' || me.role === 'organiser';
