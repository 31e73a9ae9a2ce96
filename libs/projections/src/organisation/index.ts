import type { Projection } from '../projection';

/** The organisation read models, in the order the runner applies them. */
export const ORGANISATION_PROJECTIONS: readonly Projection[] = [];
