import { type DynamicModule, Module } from '@nestjs/common';
import { LEDGER_FEATURE_MODULES, LedgerCoreModule, type LedgerConfig } from '@ledger/application';
import {
  AccountsCommand,
  AccountsCreateCommand,
  AccountsResetPasswordCommand,
} from './commands/accounts.command';
import { CertificatesCommand, CertificatesVerifyCommand } from './commands/certificates.command';
import { DemoCommand } from './commands/demo.command';
import { ExportCommand } from './commands/export.command';
import { ImportCommand } from './commands/import.command';
import { IssuersCommand, IssuersRotateKeyCommand, IssuersShowCommand } from './commands/issuers.command';
import { LedgerBalanceCommand, LedgerCommand } from './commands/ledger.command';
import { PointsCommand, PointsExpireCommand } from './commands/points.command';
import { ProjectionsCommand, ProjectionsRebuildCommand } from './commands/projections.command';
import {
  StarRoundsCommand,
  StarRoundsListCommand,
  StarRoundsShowCommand,
} from './commands/star-rounds.command';
import { VerifyChainCommand } from './commands/verify-chain.command';

@Module({})
export class CliModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [LedgerCoreModule.forRoot({ config }), ...LEDGER_FEATURE_MODULES],
      providers: [
        AccountsCommand,
        AccountsCreateCommand,
        AccountsResetPasswordCommand,
        ProjectionsCommand,
        ProjectionsRebuildCommand,
        VerifyChainCommand,
        ExportCommand,
        ImportCommand,
        DemoCommand,
        StarRoundsCommand,
        StarRoundsListCommand,
        StarRoundsShowCommand,
        PointsCommand,
        PointsExpireCommand,
        LedgerCommand,
        LedgerBalanceCommand,
        CertificatesCommand,
        CertificatesVerifyCommand,
        IssuersCommand,
        IssuersRotateKeyCommand,
        IssuersShowCommand,
      ],
    };
  }
}
