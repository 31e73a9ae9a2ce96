import { Module } from '@nestjs/common';
import { PointsExpiryApplicationModule, TimeBankApplicationModule } from '@ledger/application';
import { TimeBankController } from './time-bank.controller';
import { TimeBankJobs } from './time-bank-jobs';

/** HTTP for the time bank, and the incentive jobs the server runs on its own. */
@Module({
  imports: [TimeBankApplicationModule, PointsExpiryApplicationModule],
  controllers: [TimeBankController],
  providers: [TimeBankJobs],
})
export class TimeBankApiModule {}
