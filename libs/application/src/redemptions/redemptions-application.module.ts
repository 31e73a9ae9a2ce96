import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { PartnersReadModel, ProjectionRunner } from '@ledger/projections';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { READ_MODEL_DB } from '../ledger-core.module';
import { VolunteeringApplicationModule } from '../volunteering/volunteering-application.module';
import { CaptureRedemptionHandler, VoidRedemptionHandler } from './change-redemption.handlers';
import { OfferBenefitHandler, RegisterPartnerHandler } from './partner.handlers';
import { RedeemHandler } from './redeem.handler';
import { IssueRedemptionCodeHandler } from './redemption-code.handler';
import { RedemptionCodeLookup } from './redemption-code-lookup';
import { RedemptionProcess } from './redemption-process';
import { RedemptionQueries } from './redemption-queries';
import {
  DEFAULT_REDEMPTION_SETTINGS,
  REDEMPTION_SETTINGS,
  type RedemptionSettings,
} from './redemption-settings';

/** Partners, their benefits, and redemptions of points for them (PRODUCT.md "Partners and benefits"). */
@Module({
  // Volunteers' numbers and (for the code lookup) names, read from their read model and sealed data.
  imports: [VolunteeringApplicationModule],
  providers: [
    {
      provide: PartnersReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new PartnersReadModel(db),
    },
    {
      provide: REDEMPTION_SETTINGS,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig): RedemptionSettings => ({
        ...DEFAULT_REDEMPTION_SETTINGS,
        holdMinutes: config.redemptionHoldMinutes,
        codeMinutes: config.redemptionCodeMinutes,
        sweepIntervalSeconds: config.redemptionSweepIntervalSeconds,
      }),
    },
    RedemptionProcess,
    RedemptionQueries,
    RedemptionCodeLookup,
    RegisterPartnerHandler,
    OfferBenefitHandler,
    IssueRedemptionCodeHandler,
    RedeemHandler,
    CaptureRedemptionHandler,
    VoidRedemptionHandler,
  ],
  exports: [
    PartnersReadModel,
    RedemptionProcess,
    RedemptionQueries,
    RedemptionCodeLookup,
    REDEMPTION_SETTINGS,
  ],
})
export class RedemptionsApplicationModule {}
