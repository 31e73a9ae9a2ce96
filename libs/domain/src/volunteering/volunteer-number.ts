import { type Command, type Decider, type DomainEvent, unreachable } from '../decider';
import { RuleViolation } from '../errors';
import { formatVolunteerNo } from './volunteer-ids';

/**
 * Volunteer numbers count up per region and year on `volunteerNumbers-<region>-<year>`; the append
 * with the expected revision makes each number unique under any concurrency.
 */
export type VolunteerNumberAllocated = DomainEvent<
  'VolunteerNumberAllocated',
  {
    regionCode: string;
    year: number;
    sequence: number;
    volunteerNo: string;
    volunteerId: string;
    allocatedBy: string;
    allocatedAt: string;
  }
>;

export type AllocateVolunteerNumber = Command<
  'AllocateVolunteerNumber',
  { regionCode: string; year: number; volunteerId: string }
>;

export interface VolunteerNumberState {
  readonly lastSequence: number;
}

export const volunteerNumberDecider: Decider<
  VolunteerNumberState,
  AllocateVolunteerNumber,
  VolunteerNumberAllocated
> = {
  initialState: () => ({ lastSequence: 0 }),

  evolve(state, event) {
    switch (event.type) {
      case 'VolunteerNumberAllocated':
        return { lastSequence: Math.max(state.lastSequence, event.data.sequence) };
      default:
        return unreachable(event.type);
    }
  },

  decide(command, state) {
    const { regionCode, year, volunteerId } = command.data;
    if (!Number.isInteger(year) || year < 2000 || year > 9999) {
      throw new RuleViolation('VALIDATION_FAILED', `no volunteer numbers for the year ${year}`);
    }
    const sequence = state.lastSequence + 1;
    return [
      {
        type: 'VolunteerNumberAllocated',
        data: {
          regionCode,
          year,
          sequence,
          volunteerNo: formatVolunteerNo(regionCode, year, sequence),
          volunteerId,
          allocatedBy: command.metadata.actor.accountId,
          allocatedAt: command.metadata.now,
        },
      },
    ];
  },
};
