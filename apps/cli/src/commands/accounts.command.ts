import { CommandBus } from '@nestjs/cqrs';
import { ChangeAccountPasswordCommand, Clock, RegisterAccountCommand } from '@ledger/application';
import { isKnownRegion, ROLES, type Role } from '@ledger/domain';
import { ProjectionRunner } from '@ledger/projections';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliFailure, cliCommandContext } from '../cli-context';

interface AccountOptions {
  username: string;
  password?: string;
  role: Role;
  region: string;
  partnerId?: string;
  volunteerId?: string;
  reason?: string;
}

/** The password from --password, or from LEDGER_NEW_PASSWORD so it stays out of shell history. */
const passwordFrom = (options: AccountOptions): string => {
  const password = options.password ?? process.env.LEDGER_NEW_PASSWORD;
  if (!password) throw new CliFailure('give --password or set LEDGER_NEW_PASSWORD', 2);
  if (password.length < 8)
    throw new CliFailure(
      `the password (${options.password === undefined ? 'LEDGER_NEW_PASSWORD' : '--password'}) needs at least 8 characters`,
      2,
    );
  return password;
};

@SubCommand({ name: 'create', description: 'Create an account' })
export class AccountsCreateCommand extends CommandRunner {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ProjectionRunner,
    private readonly clock: Clock,
  ) {
    super();
  }

  async run(_: string[], options: AccountOptions): Promise<void> {
    // The new account can sign in at once, even before a server next catches up.
    await this.readModels.start();
    const { account } = await this.commands.execute(
      new RegisterAccountCommand(
        {
          username: options.username,
          password: passwordFrom(options),
          role: options.role,
          regionCode: options.region,
          partnerId: options.partnerId,
          volunteerId: options.volunteerId,
        },
        cliCommandContext('accounts-create', this.clock),
      ),
    );
    console.log(
      `created account ${account.username} (${account.id}), role ${account.role}, region ${account.regionCode}`,
    );
  }

  @Option({ flags: '-u, --username <username>', required: true, description: 'the sign-in name' })
  parseUsername(value: string): string {
    return value;
  }

  @Option({ flags: '-p, --password <password>', description: 'the password (or set LEDGER_NEW_PASSWORD)' })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '-r, --role <role>', required: true, description: `one of ${ROLES.join(', ')}` })
  parseRole(value: string): Role {
    if (!(ROLES as readonly string[]).includes(value))
      throw new CliFailure(`--role must be one of ${ROLES.join(', ')}`, 2);
    return value as Role;
  }

  @Option({ flags: '--region <code>', required: true, description: 'GB/T 2260 region code, e.g. 410100' })
  parseRegion(value: string): string {
    if (!isKnownRegion(value))
      throw new CliFailure(
        '--region must be the code of a province, city or county of GB/T 2260, e.g. 410100',
        2,
      );
    return value;
  }

  @Option({ flags: '--partner-id <id>', description: 'for partner accounts: the partner venue' })
  parsePartnerId(value: string): string {
    return value;
  }

  @Option({ flags: '--volunteer-id <id>', description: 'for volunteer accounts: the volunteer' })
  parseVolunteerId(value: string): string {
    return value;
  }
}

@SubCommand({ name: 'reset-password', description: "Set an account's password" })
export class AccountsResetPasswordCommand extends CommandRunner {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {
    super();
  }

  async run(_: string[], options: AccountOptions): Promise<void> {
    await this.commands.execute(
      new ChangeAccountPasswordCommand(
        {
          username: options.username,
          password: passwordFrom(options),
          reason: options.reason ?? 'reset from the CLI',
        },
        cliCommandContext('accounts-reset-password', this.clock),
      ),
    );
    console.log(`password of ${options.username} changed`);
  }

  @Option({ flags: '-u, --username <username>', required: true })
  parseUsername(value: string): string {
    return value;
  }

  @Option({
    flags: '-p, --password <password>',
    description: 'the new password (or set LEDGER_NEW_PASSWORD)',
  })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--reason <reason>', description: 'why (recorded in the event)' })
  parseReason(value: string): string {
    return value;
  }
}

@Command({
  name: 'accounts',
  description: 'Manage accounts',
  subCommands: [AccountsCreateCommand, AccountsResetPasswordCommand],
})
export class AccountsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
