import type { Endpoint } from '../endpoint';

/** The access rows of the redemptions endpoints. */
export const REDEMPTIONS_ROWS: readonly Endpoint[] = [];
