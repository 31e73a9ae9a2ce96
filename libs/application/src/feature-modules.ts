import { AttendanceApplicationModule } from './attendance/attendance-application.module';
import { CertificatesApplicationModule } from './certificates/certificates-application.module';
import { NotificationsApplicationModule } from './notifications';
import { JourneyApplicationModule } from './journey/journey-application.module';
import { NeedsApplicationModule } from './needs/needs-application.module';
import { OrganisationApplicationModule } from './organisation';
import { PointsExpiryApplicationModule } from './points-expiry';
import { RedemptionsApplicationModule } from './redemptions';
import { StarsApplicationModule } from './stars';
import { TimeBankApplicationModule } from './time-bank';
import { VolunteeringApplicationModule } from './volunteering';

/** The application's feature modules; the API and the CLI both import all of them. */
export const LEDGER_FEATURE_MODULES = [
  OrganisationApplicationModule,
  VolunteeringApplicationModule,
  TimeBankApplicationModule,
  PointsExpiryApplicationModule,
  RedemptionsApplicationModule,
  StarsApplicationModule,
  CertificatesApplicationModule,
  JourneyApplicationModule,
  AttendanceApplicationModule,
  NotificationsApplicationModule,
  NeedsApplicationModule,
];
