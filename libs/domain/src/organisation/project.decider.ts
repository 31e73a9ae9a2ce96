import { type Decider, unreachable } from '../decider';
import { AlreadyExists, RuleViolation } from '../errors';
import {
  ORGANISATION_NAME_MAX_LENGTH,
  regionsNest,
  requireInsidePilot,
  requireOneOf,
  requireRegionCode,
  requireText,
} from './organisation-rules';
import type { ProjectCommand } from './project.commands';
import { type ProjectCreated, type ProjectEvent, PROJECT_FIELDS } from './project.events';

export type ProjectState =
  { readonly status: 'none' } | ({ readonly status: 'created' } & Omit<ProjectCreated['data'], 'createdBy'>);

export const projectDecider: Decider<ProjectState, ProjectCommand, ProjectEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(_state, event) {
    switch (event.type) {
      case 'ProjectCreated': {
        const { createdBy: _createdBy, ...data } = event.data;
        return { status: 'created', ...data };
      }
      default:
        return unreachable(event.type);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'CreateProject': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('project', d.projectId);
        const name = requireText(d.name, 'name', ORGANISATION_NAME_MAX_LENGTH);
        requireRegionCode(d.regionCode);
        const field = requireOneOf(d.field, PROJECT_FIELDS, 'field');
        // A project is run where its team works: by a team of its region, of a region around it
        // (a city team in one of its counties), or of a region inside it.
        if (!regionsNest(d.team.regionCode, d.regionCode)) {
          throw new RuleViolation(
            'TEAM_OUTSIDE_REGION',
            `team ${d.team.teamId} of region ${d.team.regionCode} cannot run a project in region ${d.regionCode}`,
            { teamId: d.team.teamId, teamRegionCode: d.team.regionCode, regionCode: d.regionCode },
          );
        }
        return [
          {
            type: 'ProjectCreated',
            data: {
              projectId: d.projectId,
              name,
              teamId: d.team.teamId,
              regionCode: d.regionCode,
              pilotId: requireInsidePilot(d.pilot, d.regionCode),
              field,
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
