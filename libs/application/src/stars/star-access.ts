import { type Actor, regionLevel } from '@ledger/domain';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';

/** Rule sets are defined by province administrators (a region code ending 0000). */
export function assertProvinceAdministrator(actor: Actor): void {
  assertRole(actor, 'admin');
  if (regionLevel(actor.regionCode) !== 'province') {
    throw new AccessDenied('star rule sets are defined by province administrators');
  }
}

/** Rounds are run by administrators whose region contains the round's. */
export function assertRunsRound(actor: Actor, regionCode: string): void {
  assertRole(actor, 'admin');
  assertRegion(actor, regionCode);
}

/** Rounds are read by administrators and auditors of their region. */
export function assertReadsRound(actor: Actor, regionCode: string): void {
  assertRole(actor, 'admin', 'auditor');
  assertRegion(actor, regionCode);
}
