import { accountsProjection } from './accounts/accounts.projection';
import { INCENTIVE_PROJECTIONS } from './incentives';
import { ORGANISATION_PROJECTIONS } from './organisation';
import type { Projection } from './projection';
import { VOLUNTEERING_PROJECTIONS } from './volunteering';

/** Every read model of the ledger; the runner and the rebuild both take this list. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  accountsProjection,
  ...ORGANISATION_PROJECTIONS,
  ...VOLUNTEERING_PROJECTIONS,
  ...INCENTIVE_PROJECTIONS,
];
