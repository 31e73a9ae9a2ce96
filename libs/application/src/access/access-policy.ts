import { type Actor, type Role, regionContains, SYSTEM_ACTOR } from '@ledger/domain';

/** The caller may not do this (HTTP 403 FORBIDDEN). */
export class AccessDenied extends Error {
  readonly code = 'FORBIDDEN';
  constructor(message: string) {
    super(message);
    this.name = 'AccessDenied';
  }
}

const isSystem = (actor: Actor): boolean => actor.accountId === SYSTEM_ACTOR.accountId;

/**
 * The region rule of the product, in one place: an account acts on everything inside its region
 * (province ⊃ city ⊃ county, by GB/T 2260 prefixes) and on nothing outside it.
 */
export function canActInRegion(actor: Actor, regionCode: string): boolean {
  return isSystem(actor) || regionContains(actor.regionCode, regionCode);
}

export function assertRegion(actor: Actor, regionCode: string): void {
  if (!canActInRegion(actor, regionCode)) {
    throw new AccessDenied(`region ${regionCode} is outside your region ${actor.regionCode}`);
  }
}

export function assertRole(actor: Actor, ...roles: Role[]): void {
  if (!isSystem(actor) && !roles.includes(actor.role)) {
    throw new AccessDenied(`this needs the role ${roles.join(' or ')}`);
  }
}
