import { type Decider, unreachable } from '../decider';
import { AlreadyExists, RuleViolation } from '../errors';
import { regionLevel } from '../regions/region-code';
import { PILOT_LEVELS, PILOT_TARGET_RULES, type PilotLevel } from '../rules/pilot-targets';
import { isCalendarDate } from '../time/business-time';
import {
  invalid,
  ORGANISATION_NAME_MAX_LENGTH,
  requireOneOf,
  requireRegionCode,
  requireText,
} from './organisation-rules';
import type { PilotCommand } from './pilot.commands';
import type { PilotCreated, PilotEvent } from './pilot.events';
import { pilotEndsOn } from './pilot-period';

export type PilotState =
  { readonly status: 'none' } | ({ readonly status: 'created' } & PilotCreated['data']);

/** Funding dates before the plan existed or far ahead are typing mistakes, not pilots. */
const EARLIEST_FUNDING = '2015-01-01';
const LATEST_FUNDING = '2099-12-31';

export const pilotDecider: Decider<PilotState, PilotCommand, PilotEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'PilotCreated':
        return { status: 'created', ...event.data };
      default:
        return unreachable(event.type);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'CreatePilot': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('pilot', d.pilotId);
        const name = requireText(d.name, 'name', ORGANISATION_NAME_MAX_LENGTH);
        const level: PilotLevel = requireOneOf(d.level, PILOT_LEVELS, 'level');
        requireRegionCode(d.regionCode);
        if (regionLevel(d.regionCode) !== level) {
          throw new RuleViolation(
            'VALIDATION_FAILED',
            `regionCode: a ${level} pilot needs a ${level} region code, ${d.regionCode} is a ${regionLevel(d.regionCode)}`,
            { field: 'regionCode' },
          );
        }
        if (!isCalendarDate(d.fundedOn)) invalid('fundedOn', 'must be a real date YYYY-MM-DD');
        if (d.fundedOn < EARLIEST_FUNDING || d.fundedOn > LATEST_FUNDING) {
          invalid('fundedOn', `must lie between ${EARLIEST_FUNDING} and ${LATEST_FUNDING}`);
        }
        return [
          {
            type: 'PilotCreated',
            data: {
              pilotId: d.pilotId,
              name,
              level,
              regionCode: d.regionCode,
              fundedOn: d.fundedOn,
              endsOn: pilotEndsOn(d.fundedOn),
              targets: PILOT_TARGET_RULES.targets[level],
              targetsVersion: PILOT_TARGET_RULES.version,
              createdBy: actor.accountId,
              createdAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command.type);
    }
  },
};
