import type { Upcaster } from '@ledger/event-store';

/**
 * Every upcaster of the ledger, oldest first. An event type whose data changes shape gets a new
 * schema version and one entry here that turns the old shape into the new; stored events are
 * never rewritten. There are none yet: every event is at schema version 1.
 */
export const UPCASTERS: readonly Upcaster[] = [];
