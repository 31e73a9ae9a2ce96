import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, LEDGER_CONFIG, type LedgerConfig, RegisterAccountCommand } from '@ledger/application';
import { AlreadyExists, SYSTEM_ACTOR } from '@ledger/domain';
import { AccountsReadModel } from '@ledger/projections';

/**
 * On a first start with no accounts, creates `admin` (role admin, region LEDGER_ADMIN_REGION) with
 * LEDGER_ADMIN_PASSWORD, or with a random password printed once to the log. The registration is
 * decided on the account's stream, so two nodes starting at once still create it only once.
 */
@Injectable()
export class FirstAdministrator {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly commands: CommandBus,
    private readonly accounts: AccountsReadModel,
    private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async ensure(): Promise<void> {
    if (this.accounts.count() > 0) return;
    const generated = this.config.adminPassword === undefined;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    try {
      await this.commands.execute(
        new RegisterAccountCommand(
          { username: 'admin', password, role: 'admin', regionCode: this.config.adminRegion },
          {
            commandId: 'first-administrator',
            correlationId: 'first-start',
            causationId: 'first-start',
            actor: SYSTEM_ACTOR,
            now: this.clock.now(),
          },
        ),
      );
    } catch (error) {
      if (error instanceof AlreadyExists) return;
      throw error;
    }
    if (generated) {
      // Printed once, on purpose: it is the only way to learn it. Change it after the first sign-in.
      this.logger.warn({
        msg: 'created the first administrator "admin" with a generated password',
        username: 'admin',
        password,
        regionCode: this.config.adminRegion,
      });
    } else {
      this.logger.log({
        msg: 'created the first administrator "admin"',
        regionCode: this.config.adminRegion,
      });
    }
  }
}
