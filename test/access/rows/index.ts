import type { Endpoint } from '../endpoint';
import { ATTENDANCE_ROWS } from './attendance.rows';
import { CERTIFICATE_PDF_ROWS } from './certificate-pdf.rows';
import { CERTIFICATES_ROWS, PUBLIC_CERTIFICATE_ROWS } from './certificates.rows';
import { JOURNEY_ROWS } from './journey.rows';
import { LISTS_ORGANISATION_ROWS } from './lists-organisation.rows';
import { LISTS_PARTNERS_ROWS } from './lists-partners.rows';
import { NEEDS_ROWS } from './needs.rows';
import { NOTIFICATIONS_ROWS } from './notifications.rows';
import { PASSWORDS_ROWS } from './passwords.rows';
import { REDEMPTIONS_ROWS } from './redemptions.rows';
import { PUBLIC_REGION_ROWS } from './regions.rows';
import { STARS_ROWS } from './stars.rows';
import { TIME_BANK_ROWS } from './time-bank.rows';
import { VOLUNTEER_EXIT_ROWS } from './volunteer-exit.rows';
import { WEBHOOKS_ROWS } from './webhooks.rows';

/** Rows each feature keeps beside the others, joined into the one matrix. */
export const FEATURE_ROWS: readonly Endpoint[] = [
  ...TIME_BANK_ROWS,
  ...STARS_ROWS,
  ...REDEMPTIONS_ROWS,
  ...CERTIFICATES_ROWS,
  ...PUBLIC_CERTIFICATE_ROWS,
  ...CERTIFICATE_PDF_ROWS,
  ...LISTS_ORGANISATION_ROWS,
  ...LISTS_PARTNERS_ROWS,
  ...PUBLIC_REGION_ROWS,
  ...PASSWORDS_ROWS,
  ...VOLUNTEER_EXIT_ROWS,
  ...NOTIFICATIONS_ROWS,
  ...WEBHOOKS_ROWS,
  ...JOURNEY_ROWS,
  ...ATTENDANCE_ROWS,
  ...NEEDS_ROWS,
];
