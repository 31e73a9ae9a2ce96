import { Module } from '@nestjs/common';
import { RedemptionsApplicationModule } from '@ledger/application';
import { BenefitsController, PartnersController } from './partners.controller';
import {
  RedemptionCodeLookupController,
  RedemptionCodesController,
  RedemptionsController,
} from './redemptions.controller';
import { RedemptionSweeper } from './redemption-sweeper';

/** HTTP for partner venues, benefits, volunteer codes and redemptions; the server's redemption sweep. */
@Module({
  imports: [RedemptionsApplicationModule],
  controllers: [
    PartnersController,
    BenefitsController,
    RedemptionsController,
    RedemptionCodesController,
    RedemptionCodeLookupController,
  ],
  providers: [RedemptionSweeper],
})
export class RedemptionsApiModule {}
