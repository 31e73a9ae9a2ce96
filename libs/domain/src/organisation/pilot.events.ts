import type { DomainEvent } from '../decider';
import type { PilotLevel, PilotTargets } from '../rules/pilot-targets';

/**
 * A city or county pilot (stream `pilot-<pilotId>`). Its targets and period are copied from the
 * rules in force when it was created, so a later rule version never changes what it was asked for.
 */
export type PilotCreated = DomainEvent<
  'PilotCreated',
  {
    pilotId: string;
    name: string;
    level: PilotLevel;
    regionCode: string;
    /** The funding date (立项资助之日), YYYY-MM-DD. */
    fundedOn: string;
    /** The last day of the period, YYYY-MM-DD (the funding date's anniversary). */
    endsOn: string;
    targets: PilotTargets;
    /** The version of the pilot-target rules the targets come from. */
    targetsVersion: string;
    createdBy: string;
    createdAt: string;
  }
>;

export type PilotEvent = PilotCreated;

export const PILOT_EVENT_TYPES: readonly PilotEvent['type'][] = ['PilotCreated'];
