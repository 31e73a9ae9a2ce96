import { starQualificationProjection } from './star-qualification.projection';
import { starRoundsProjection } from './star-rounds.projection';
import { starRuleSetsProjection } from './star-rule-sets.projection';

export * from './star-qualification.projection';
export * from './star-qualification.queries';
export * from './star-rounds.projection';
export * from './star-rounds.queries';
export * from './star-rule-sets.projection';
export * from './star-rule-sets.queries';

export const STAR_PROJECTIONS = [starQualificationProjection, starRoundsProjection, starRuleSetsProjection];
