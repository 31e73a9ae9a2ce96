import type { Endpoint } from '../endpoint';

/** The access rows of the time-bank endpoints. */
export const TIME_BANK_ROWS: readonly Endpoint[] = [];
