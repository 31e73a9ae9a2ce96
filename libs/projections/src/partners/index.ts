import { partnersProjection } from './partners.projection';

export * from './partners.projection';
export * from './partners.queries';

export const PARTNER_PROJECTIONS = [partnersProjection];
