import { accountsProjection } from './accounts/accounts.projection';
import type { Projection } from './projection';

/** Every read model of the ledger; the runner and the rebuild both take this list. */
export const ALL_PROJECTIONS: readonly Projection[] = [accountsProjection];
