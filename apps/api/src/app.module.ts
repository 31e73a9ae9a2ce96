import { type DynamicModule, Module } from '@nestjs/common';
import { Clock, LedgerCoreModule, type LedgerConfig } from '@ledger/application';
import { AccountsModule } from './accounts/accounts.module';
import { ApiLifecycle } from './api-lifecycle';
import { AuthModule } from './auth/auth.module';
import { HealthController } from './health/health.controller';

export interface AppModuleOptions {
  readonly config: LedgerConfig;
  readonly clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [LedgerCoreModule.forRoot(options), AuthModule, AccountsModule],
      controllers: [HealthController],
      providers: [ApiLifecycle],
    };
  }
}
