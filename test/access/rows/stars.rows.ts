import type { Endpoint } from '../endpoint';

/** The access rows of the stars endpoints. */
export const STARS_ROWS: readonly Endpoint[] = [];
