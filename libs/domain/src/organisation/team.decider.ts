import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import type { TeamCommand } from './team.commands';
import { INSTITUTION_KINDS, type TeamEvent, type TeamFormed } from './team.events';
import {
  invalid,
  ORGANISATION_NAME_MAX_LENGTH,
  PLATFORM_REGISTRATION_NO_PATTERN,
  ORGANISATION_REASON_MAX_LENGTH,
  requireInsidePilot,
  requireOneOf,
  requireRegionCode,
  requireText,
} from './organisation-rules';

export type TeamState =
  | { readonly status: 'none' }
  | (Omit<TeamFormed['data'], 'formedBy'> & {
      readonly status: 'formed';
      /** Current members (joined and not exited). */
      readonly members: ReadonlySet<string>;
    });

const requireRegistrationNo = (value: string): string => {
  if (typeof value !== 'string' || !PLATFORM_REGISTRATION_NO_PATTERN.test(value)) {
    invalid('platformRegistrationNo', 'must be 1–64 letters, digits or dashes');
  }
  return value;
};

const withMembers = (state: TeamState, change: (members: Set<string>) => void): TeamState => {
  if (state.status === 'none') return state;
  const members = new Set(state.members);
  change(members);
  return { ...state, members };
};

export const teamDecider: Decider<TeamState, TeamCommand, TeamEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'TeamFormed': {
        const { formedBy: _formedBy, ...data } = event.data;
        return { status: 'formed', ...data, members: new Set() };
      }
      case 'TeamPlatformRegistrationRecorded':
        return state.status === 'none'
          ? state
          : { ...state, platformRegistrationNo: event.data.platformRegistrationNo };
      case 'TeamMemberJoined':
        return withMembers(state, (members) => members.add(event.data.volunteerId));
      case 'TeamMemberExited':
        return withMembers(state, (members) => members.delete(event.data.volunteerId));
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'FormTeam': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('team', d.teamId);
        const name = requireText(d.name, 'name', ORGANISATION_NAME_MAX_LENGTH);
        requireRegionCode(d.regionCode);
        const kind = requireOneOf(d.institution.kind, INSTITUTION_KINDS, 'institution.kind');
        const institutionName = requireText(
          d.institution.name,
          'institution.name',
          ORGANISATION_NAME_MAX_LENGTH,
        );
        const platformRegistrationNo =
          d.platformRegistrationNo === null ? null : requireRegistrationNo(d.platformRegistrationNo);
        return [
          {
            type: 'TeamFormed',
            data: {
              teamId: d.teamId,
              name,
              regionCode: d.regionCode,
              pilotId: requireInsidePilot(d.pilot, d.regionCode),
              institution: { kind, name: institutionName },
              platformRegistrationNo,
              formedBy: actor.accountId,
              formedAt: now,
            },
          },
        ];
      }
      case 'RecordTeamPlatformRegistration': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('team', d.teamId);
        const number = requireRegistrationNo(d.platformRegistrationNo);
        if (state.platformRegistrationNo === number) return [];
        const reason =
          d.reason === null ? null : requireText(d.reason, 'reason', ORGANISATION_REASON_MAX_LENGTH);
        // Replacing a number already recorded is a correction, and a correction says why.
        if (state.platformRegistrationNo !== null && reason === null) {
          throw new RuleViolation(
            'REASON_REQUIRED',
            'the team already has a platform registration number; give the reason for replacing it',
          );
        }
        return [
          {
            type: 'TeamPlatformRegistrationRecorded',
            data: {
              teamId: d.teamId,
              platformRegistrationNo: number,
              previousRegistrationNo: state.platformRegistrationNo,
              reason,
              recordedBy: actor.accountId,
              recordedAt: now,
            },
          },
        ];
      }
      case 'JoinTeam': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('team', d.teamId);
        if (state.members.has(d.volunteerId)) {
          throw new AlreadyExists(`member of team ${d.teamId}`, d.volunteerId);
        }
        return [
          {
            type: 'TeamMemberJoined',
            data: { teamId: d.teamId, volunteerId: d.volunteerId, joinedBy: actor.accountId, joinedAt: now },
          },
        ];
      }
      case 'ExitTeam': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('team', d.teamId);
        const reason = requireText(d.reason, 'reason', ORGANISATION_REASON_MAX_LENGTH);
        if (!state.members.has(d.volunteerId)) {
          throw new RuleViolation(
            'NOT_A_MEMBER',
            `volunteer ${d.volunteerId} is not a member of team ${d.teamId}`,
          );
        }
        return [
          {
            type: 'TeamMemberExited',
            data: {
              teamId: d.teamId,
              volunteerId: d.volunteerId,
              reason,
              exitedBy: actor.accountId,
              exitedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
