import { Module } from '@nestjs/common';
import { AccountsController } from './accounts.controller';
import { FirstAdministrator } from './first-administrator';

@Module({ controllers: [AccountsController], providers: [FirstAdministrator], exports: [FirstAdministrator] })
export class AccountsModule {}
