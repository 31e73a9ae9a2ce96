import { type Command, type Decider, type DomainEvent, unreachable } from '../decider';
import { AlreadyExists } from '../errors';

/**
 * One person, one volunteer: the stream `volunteerIdentity-<tag>` (tag = keyed HMAC of ID type and
 * number) is claimed before a registration and released when the volunteer is forgotten. Its events
 * name neither the person nor the volunteer.
 */
export type VolunteerIdentityClaimed = DomainEvent<
  'VolunteerIdentityClaimed',
  { claimedBy: string; claimedAt: string }
>;

export type VolunteerIdentityReleased = DomainEvent<
  'VolunteerIdentityReleased',
  { reason: string; releasedBy: string; releasedAt: string }
>;

export type VolunteerIdentityEvent = VolunteerIdentityClaimed | VolunteerIdentityReleased;

export type ClaimVolunteerIdentity = Command<'ClaimVolunteerIdentity', Record<string, never>>;
export type ReleaseVolunteerIdentity = Command<'ReleaseVolunteerIdentity', { reason: string }>;
export type VolunteerIdentityCommand = ClaimVolunteerIdentity | ReleaseVolunteerIdentity;

export interface VolunteerIdentityState {
  readonly claimed: boolean;
}

export const volunteerIdentityDecider: Decider<
  VolunteerIdentityState,
  VolunteerIdentityCommand,
  VolunteerIdentityEvent
> = {
  initialState: () => ({ claimed: false }),

  evolve(_state, event) {
    switch (event.type) {
      case 'VolunteerIdentityClaimed':
        return { claimed: true };
      case 'VolunteerIdentityReleased':
        return { claimed: false };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'ClaimVolunteerIdentity':
        // The refusal says what, never whose: it names no volunteer.
        if (state.claimed) throw new AlreadyExists('volunteer', 'with this ID number');
        return [{ type: 'VolunteerIdentityClaimed', data: { claimedBy: actor.accountId, claimedAt: now } }];
      case 'ReleaseVolunteerIdentity':
        if (!state.claimed) return [];
        return [
          {
            type: 'VolunteerIdentityReleased',
            data: { reason: command.data.reason, releasedBy: actor.accountId, releasedAt: now },
          },
        ];
      default:
        return unreachable(command);
    }
  },
};
