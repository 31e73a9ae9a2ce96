import type { Actor } from '@ledger/domain';
import { AccessDenied, assertRegion, assertRole, canActInRegion } from '../access/access-policy';

/**
 * Who reads a volunteer: the volunteer's own account, and administrators, organisers and auditors
 * whose region contains the volunteer's region.
 */
export function assertCanReadVolunteer(actor: Actor, volunteerId: string, volunteerRegion: string): void {
  if (actor.role === 'volunteer') {
    if (actor.volunteerId !== volunteerId) throw new AccessDenied('a volunteer account reads only itself');
    return;
  }
  assertRole(actor, 'admin', 'organiser', 'auditor');
  assertRegion(actor, volunteerRegion);
}

/**
 * Who reads a service record: its volunteer, and readers of the region it was served in or of the
 * volunteer's own region (a volunteer of one county may serve in another).
 */
export function assertCanReadServiceRecord(
  actor: Actor,
  record: { readonly volunteerId: string; readonly regionCode: string },
  volunteerRegion: string | undefined,
): void {
  if (actor.role === 'volunteer') {
    if (actor.volunteerId !== record.volunteerId)
      throw new AccessDenied('a volunteer account reads only itself');
    return;
  }
  assertRole(actor, 'admin', 'organiser', 'auditor');
  if (canActInRegion(actor, record.regionCode)) return;
  if (volunteerRegion !== undefined && canActInRegion(actor, volunteerRegion)) return;
  throw new AccessDenied(`region ${record.regionCode} is outside your region ${actor.regionCode}`);
}

/**
 * Who adds to a volunteer's record (trainings, commendations, evaluations): administrators and
 * organisers whose region contains the volunteer's.
 */
export function assertCanAddToVolunteer(actor: Actor, volunteerRegion: string): void {
  assertRole(actor, 'admin', 'organiser');
  assertRegion(actor, volunteerRegion);
}
