import { type DynamicModule, Module } from '@nestjs/common';
import {
  Clock,
  LEDGER_FEATURE_MODULES,
  LedgerCoreModule,
  type LedgerConfig,
  type LedgerCoreOptions,
} from '@ledger/application';
import { AccountsModule } from './accounts/accounts.module';
import { AttendanceApiModule } from './attendance/attendance-api.module';
import { ApiLifecycle } from './api-lifecycle';
import { AuthModule } from './auth/auth.module';
import { CertificatesApiModule } from './certificates/certificates-api.module';
import { CertificatePdfApiModule } from './certificates/pdf/certificate-pdf-api.module';
import { HealthController } from './health/health.controller';
import { JourneyApiModule } from './journey/journey-api.module';
import { NeedsApiModule } from './needs/needs-api.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { OrganisationApiModule } from './organisation/organisation-api.module';
import { RedemptionsApiModule } from './redemptions/redemptions-api.module';
import { RegionsApiModule } from './regions/regions-api.module';
import { TimeBankApiModule } from './time-bank/time-bank-api.module';
import { StarsApiModule } from './stars/stars-api.module';
import { VolunteeringApiModule } from './volunteering/volunteering-api.module';
import { WebhooksApiModule } from './webhooks/webhooks-api.module';

export interface AppModuleOptions {
  readonly config: LedgerConfig;
  readonly clock?: Clock;
  readonly eventStore?: LedgerCoreOptions['eventStore'];
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LedgerCoreModule.forRoot(options),
        ...LEDGER_FEATURE_MODULES,
        AuthModule,
        AccountsModule,
        OrganisationApiModule,
        VolunteeringApiModule,
        StarsApiModule,
        RedemptionsApiModule,
        TimeBankApiModule,
        CertificatesApiModule,
        CertificatePdfApiModule,
        RegionsApiModule,
        NotificationsApiModule,
        WebhooksApiModule,
        JourneyApiModule,
        AttendanceApiModule,
        NeedsApiModule,
      ],
      controllers: [HealthController],
      providers: [ApiLifecycle],
    };
  }
}
