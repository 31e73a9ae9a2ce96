import type { Actor } from '@ledger/domain';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';

/**
 * Who records a withdrawal (a service the volunteer or its family received, paid from the time
 * bank): administrators and organisers of the volunteer's region, who run the service desk. The
 * volunteer's own account does not: the one who gives the service records it, not the one paid.
 */
export function assertCanWithdraw(actor: Actor, volunteerRegion: string): void {
  assertRole(actor, 'admin', 'organiser');
  assertRegion(actor, volunteerRegion);
}

/** Who links a family member to a volunteer: the volunteer's own account, or an administrator of its region. */
export function assertCanLinkFamily(actor: Actor, volunteerId: string, volunteerRegion: string): void {
  if (actor.role === 'volunteer') {
    if (actor.volunteerId !== volunteerId) {
      throw new AccessDenied('a volunteer account links family only to itself');
    }
    return;
  }
  assertRole(actor, 'admin');
  assertRegion(actor, volunteerRegion);
}

/** Who gives time-bank minutes to family: only the volunteer's own account. */
export function assertCanTransfer(actor: Actor, volunteerId: string): void {
  assertRole(actor, 'volunteer');
  if (actor.volunteerId !== volunteerId) {
    throw new AccessDenied('only the volunteer itself gives its time-bank minutes');
  }
}
