import type { Projection } from '../projection';

/** The volunteering read models, in the order the runner applies them. */
export const VOLUNTEERING_PROJECTIONS: readonly Projection[] = [];
