import type { Projection } from '../projection';
import { needsProjection } from './needs.projection';

export * from './needs.projection';
export * from './needs.queries';

export const NEED_PROJECTIONS: readonly Projection[] = [needsProjection];
