import type { Projection } from '../projection';
import { activitiesProjection } from './activities.projection';
import { pilotsProjection } from './pilots.projection';
import { projectsProjection } from './projects.projection';
import { stationsProjection } from './stations.projection';
import { teamsProjection } from './teams.projection';

export * from './activities.projection';
export * from './pilots.projection';
export * from './projects.projection';
export * from './stations.projection';
export * from './teams.projection';
export * from './teams-members.queries';
export * from './organisation.queries';
export * from './pilot-progress.queries';

/** The organisation read models, in the order the runner applies them. */
export const ORGANISATION_PROJECTIONS: readonly Projection[] = [
  pilotsProjection,
  teamsProjection,
  projectsProjection,
  stationsProjection,
  activitiesProjection,
];
