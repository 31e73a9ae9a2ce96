/** The partner venue's pages: one script, loaded when a venue first opens one of them (routes.tsx). */
export { BenefitsPage } from './benefits/benefits-page';
export { CounterPage } from './counter/counter-page';
export { RedemptionsPage } from './redemptions/redemptions-page';
export { NotificationsPage } from '../notifications/notifications-page';
