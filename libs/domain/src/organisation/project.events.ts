import type { DomainEvent } from '../decider';

export const PROJECT_FIELDS = [
  'industry',
  'rural-revitalization',
  'civility',
  'science-education',
  'health',
  'other',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** A service project designed and run by a team (stream `project-<projectId>`). */
export type ProjectCreated = DomainEvent<
  'ProjectCreated',
  {
    projectId: string;
    name: string;
    teamId: string;
    regionCode: string;
    pilotId: string | null;
    field: ProjectField;
    createdBy: string;
    createdAt: string;
  }
>;

export type ProjectEvent = ProjectCreated;

export const PROJECT_EVENT_TYPES: readonly ProjectEvent['type'][] = ['ProjectCreated'];
