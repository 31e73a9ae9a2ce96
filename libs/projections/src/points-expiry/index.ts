import { pointsLotsProjection } from './points-lots.projection';

export * from './points-lots.projection';
export * from './points-lots.queries';

export const POINTS_EXPIRY_PROJECTIONS = [pointsLotsProjection];
