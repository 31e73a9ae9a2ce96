/** The volunteer area's pages: one script, loaded when a volunteer first opens one of them (routes.tsx). */
export { CertificatesPage } from './certificates/certificates-page';
export { FamilyPage } from './family/family-page';
export { HistoryPage } from './history/history-page';
export { HomePage } from './home/home-page';
export { CheckInPage } from './journey/check-in-page';
export { MySignupsPage, OpenActivitiesPage } from './journey/open-activities-page';
export { NotificationsPage } from '../notifications/notifications-page';
export { RedeemPage } from './redeem/redeem-page';
