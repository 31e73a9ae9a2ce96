import type { ConsoleFeature } from '../../app/console-route';
import { dashboardRoutes, organisationRoutes } from './organisation/routes';
import { workflowRoutes } from './workflows/routes';

/** Menu order: the dashboard, the daily work (records, rounds, certificates), then the registers. */
export const adminFeature: ConsoleFeature = {
  basePath: '/admin',
  roles: ['admin', 'organiser', 'auditor'],
  routes: [...dashboardRoutes, ...workflowRoutes, ...organisationRoutes],
};
