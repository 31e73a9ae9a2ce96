import type { Command } from '../decider';
import type { PilotReference } from './organisation-rules';

export type CreateProject = Command<
  'CreateProject',
  {
    projectId: string;
    name: string;
    /** The team that runs it, as read from its stream. */
    team: { teamId: string; regionCode: string };
    regionCode: string;
    pilot: PilotReference | null;
    field: string;
  }
>;

export type ProjectCommand = CreateProject;
