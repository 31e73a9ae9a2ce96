import { accountsProjection } from './accounts/accounts.projection';
import { ATTENDANCE_PROJECTIONS } from './attendance';
import { CERTIFICATE_PROJECTIONS } from './certificates';
import { INCENTIVE_PROJECTIONS } from './incentives';
import { JOURNEY_PROJECTIONS } from './journey';
import { NEED_PROJECTIONS } from './needs';
import { notificationsProjection } from './notifications/notifications.projection';
import { ORGANISATION_PROJECTIONS } from './organisation';
import { PARTNER_PROJECTIONS } from './partners';
import { POINTS_EXPIRY_PROJECTIONS } from './points-expiry';
import type { Projection } from './projection';
import { STAR_PROJECTIONS } from './stars';
import { TIME_BANK_PROJECTIONS } from './time-bank';
import { VOLUNTEERING_PROJECTIONS } from './volunteering';

/** Every read model of the ledger; the runner and the rebuild both take this list. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  accountsProjection,
  ...ORGANISATION_PROJECTIONS,
  ...VOLUNTEERING_PROJECTIONS,
  ...INCENTIVE_PROJECTIONS,
  ...PARTNER_PROJECTIONS,
  ...POINTS_EXPIRY_PROJECTIONS,
  ...TIME_BANK_PROJECTIONS,
  ...STAR_PROJECTIONS,
  ...CERTIFICATE_PROJECTIONS,
  ...JOURNEY_PROJECTIONS,
  ...ATTENDANCE_PROJECTIONS,
  ...NEED_PROJECTIONS,
  notificationsProjection,
];
