import { volunteerIncentivesProjection } from './volunteer-incentives.projection';

export * from './volunteer-incentives.projection';
export * from './volunteer-incentives.queries';

export const INCENTIVE_PROJECTIONS = [volunteerIncentivesProjection];
