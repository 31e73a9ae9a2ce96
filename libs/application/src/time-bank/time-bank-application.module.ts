import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ProjectionRunner, TimeBankTransfersReadModel } from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { VolunteeringApplicationModule } from '../volunteering/volunteering-application.module';
import { LinkFamilyMemberHandler } from './link-family-member.handler';
import { TimeBankTransferRecovery } from './time-bank-transfer-recovery';
import { TimeBankTransferSteps } from './time-bank-transfer-steps';
import { TransferTimeBankHandler } from './transfer-time-bank.handler';
import { WithdrawTimeBankHandler } from './withdraw-time-bank.handler';

/** Time bank: withdrawals, family links and family transfers, with the pass that finishes half-done transfers. */
@Module({
  imports: [VolunteeringApplicationModule],
  providers: [
    {
      provide: TimeBankTransfersReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new TimeBankTransfersReadModel(db),
    },
    TimeBankTransferSteps,
    TimeBankTransferRecovery,
    WithdrawTimeBankHandler,
    LinkFamilyMemberHandler,
    TransferTimeBankHandler,
  ],
  exports: [TimeBankTransfersReadModel, TimeBankTransferSteps, TimeBankTransferRecovery],
})
export class TimeBankApplicationModule {}
