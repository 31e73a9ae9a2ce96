import { SetMetadata } from '@nestjs/common';
import type { Role } from '@ledger/domain';

export const PUBLIC_ROUTE = 'ledger:public';
export const ROLES = 'ledger:roles';
export const RATE_LIMITED = 'ledger:rate-limited';
export const PASSWORD_CHANGE_ALLOWED = 'ledger:password-change-allowed';

/** No sign-in needed (health, docs, token, verification). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; region scope is checked where the region is known. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Counted against the per-address limit for public endpoints. */
export const RateLimited = () => SetMetadata(RATE_LIMITED, true);

/**
 * Open to an account that must still change the password an administrator set (who am I, change my
 * password); every other route answers it 403 PASSWORD_CHANGE_REQUIRED.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_ALLOWED, true);
