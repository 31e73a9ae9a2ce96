import { ACCOUNT_EVENT_TYPES } from '../accounts/account.events';
import { ATTENDANCE_EVENT_TYPES } from '../attendance/attendance.events';
import { CERTIFICATE_EVENT_TYPES, ISSUER_EVENT_TYPES } from '../certificates/certificate.events';
import { SIGNUP_EVENT_TYPES } from '../journey/signup.events';
import { INBOX_REMINDER_EVENT_TYPES } from '../notifications/inbox-reminders';
import { NEED_EVENT_TYPES } from '../needs/need.events';
import { INBOX_EVENT_TYPES } from '../notifications/inbox.events';
import { ACTIVITY_EVENT_TYPES } from '../organisation/activity.decider';
import { PILOT_EVENT_TYPES } from '../organisation/pilot.events';
import { PROJECT_EVENT_TYPES } from '../organisation/project.events';
import { STATION_EVENT_TYPES } from '../organisation/station.events';
import { TEAM_EVENT_TYPES } from '../organisation/team.events';
import { BENEFIT_EVENT_TYPES, PARTNER_EVENT_TYPES } from '../partners/partner.events';
import { REDEMPTION_CODE_EVENT_TYPES, REDEMPTION_EVENT_TYPES } from '../partners/redemption.events';
import { STAR_ROUND_EVENT_TYPES } from '../stars/star-round.events';
import { STAR_RULE_SET_EVENT_TYPES } from '../stars/star-rule-set';
import { VOLUNTEER_EVENT_TYPES } from '../volunteering/volunteer.events';
import { WEBHOOK_EVENT_TYPES } from './webhook.events';

/**
 * Every event type of the ledger (docs/events.md): what a webhook may subscribe to. A new kind of
 * event is added here with its list (one line), or a webhook naming it is refused (400).
 */
export const LEDGER_EVENT_TYPES: ReadonlySet<string> = new Set<string>([
  ...ACCOUNT_EVENT_TYPES,
  ...PILOT_EVENT_TYPES,
  ...TEAM_EVENT_TYPES,
  ...PROJECT_EVENT_TYPES,
  ...STATION_EVENT_TYPES,
  ...ACTIVITY_EVENT_TYPES,
  ...VOLUNTEER_EVENT_TYPES,
  'VolunteerIdentityClaimed',
  'VolunteerIdentityReleased',
  'VolunteerNumberAllocated',
  ...SIGNUP_EVENT_TYPES,
  ...ATTENDANCE_EVENT_TYPES,
  ...NEED_EVENT_TYPES,
  ...PARTNER_EVENT_TYPES,
  ...BENEFIT_EVENT_TYPES,
  ...REDEMPTION_EVENT_TYPES,
  ...REDEMPTION_CODE_EVENT_TYPES,
  ...STAR_RULE_SET_EVENT_TYPES,
  ...STAR_ROUND_EVENT_TYPES,
  ...ISSUER_EVENT_TYPES,
  ...CERTIFICATE_EVENT_TYPES,
  'CertificateNumberAllocated',
  ...INBOX_EVENT_TYPES,
  ...INBOX_REMINDER_EVENT_TYPES,
  ...WEBHOOK_EVENT_TYPES,
]);
