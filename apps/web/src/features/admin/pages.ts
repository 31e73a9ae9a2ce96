/** The administrators' and organisers' pages: one script, loaded when one of them is first opened. */
export { AccountsPage } from './organisation/accounts/accounts-page';
export { ActivitiesPage } from './organisation/activities/activities-page';
export { PilotDashboardPage } from './organisation/dashboard/pilot-dashboard-page';
export { PartnersPage } from './organisation/partners/partners-page';
export { ProjectsPage } from './organisation/projects/projects-page';
export { StationsPage } from './organisation/stations/stations-page';
export { TeamsPage } from './organisation/teams/teams-page';
export { VolunteersPage } from './organisation/volunteers/volunteers-page';
export { AttendancePage } from './workflows/attendance/attendance-page';
export { CertificatesPage } from './workflows/certificates/certificates-page';
export { NeedsInboxPage } from './workflows/needs/needs-inbox-page';
export { RecordsPage } from './workflows/records/records-page';
export { RuleSetsPage } from './workflows/rule-sets/rule-sets-page';
export { StarRoundPage } from './workflows/star-rounds/star-round-page';
export { StarRoundsPage } from './workflows/star-rounds/star-rounds-page';
export { NotificationsPage } from '../notifications/notifications-page';
