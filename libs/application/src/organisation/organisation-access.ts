import type { Actor, Role } from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';

/**
 * PRODUCT.md: administrators manage pilots, teams, projects and stations; organisers schedule
 * activities and keep team rosters; auditors read. Everyone acts only inside their region.
 */
export const MANAGER_ROLES: readonly Role[] = ['admin'];
export const ORGANISER_ROLES: readonly Role[] = ['admin', 'organiser'];
export const READER_ROLES: readonly Role[] = ['admin', 'organiser', 'auditor'];

export function assertMayAct(actor: Actor, roles: readonly Role[], regionCode: string): void {
  assertRole(actor, ...roles);
  assertRegion(actor, regionCode);
}
