import type { Projection } from '../projection';
import { signupsProjection } from './signups.projection';

export * from './signups.projection';
export * from './signups.queries';

export const JOURNEY_PROJECTIONS: readonly Projection[] = [signupsProjection];
