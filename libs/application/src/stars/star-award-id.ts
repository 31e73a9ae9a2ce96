import { deterministicUuid } from '../ledger/ids';

/**
 * The command id of a round's award to one volunteer: the same whoever finalizes and however often,
 * so the volunteer's stream recognises an award it already holds and nothing is awarded twice.
 */
export const starAwardCommandId = (roundId: string, volunteerId: string): string =>
  deterministicUuid(`star-award\u0000${roundId}\u0000${volunteerId}`);
