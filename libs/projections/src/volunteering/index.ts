import type { Projection } from '../projection';
import { serviceRecordsProjection } from './service-records.projection';
import { volunteerHoursProjection } from './volunteer-hours.projection';
import { volunteersProjection } from './volunteers.projection';

export * from './volunteers.projection';
export * from './volunteers.queries';
export * from './service-records.projection';
export * from './service-records.queries';
export * from './volunteer-hours.projection';
export * from './volunteer-hours.queries';

/** The volunteering read models, in the order the runner applies them. */
export const VOLUNTEERING_PROJECTIONS: readonly Projection[] = [
  volunteersProjection,
  serviceRecordsProjection,
  volunteerHoursProjection,
];
