import { Clock } from '@ledger/application';
import { IssuersService } from '@ledger/application/certificates';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { cliCommandContext } from '../cli-context';

@SubCommand({
  name: 'rotate-key',
  arguments: '<issuerId>',
  description: 'Give an issuer a new signing key; the old one stays published and verifies what it signed',
})
export class IssuersRotateKeyCommand extends CommandRunner {
  constructor(
    private readonly issuers: IssuersService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async run([issuerId]: string[]): Promise<void> {
    const { issuer } = await this.issuers.rotateKey(
      issuerId,
      cliCommandContext('issuers-rotate-key', this.clock),
    );
    const [previous, current] = issuer.keys.slice(-2);
    console.log(
      `${issuer.id} ${issuer.name}: new key ${current.publicKeyMultibase} from ${current.validFrom}`,
    );
    if (previous)
      console.log(`previous key ${previous.publicKeyMultibase} valid until ${previous.validUntil}`);
  }
}

@SubCommand({ name: 'show', arguments: '<issuerId>', description: 'An issuer with every key and its period' })
export class IssuersShowCommand extends CommandRunner {
  constructor(private readonly issuers: IssuersService) {
    super();
  }

  async run([issuerId]: string[]): Promise<void> {
    const { issuer } = await this.issuers.view(issuerId);
    console.log(`${issuer.id} ${issuer.name} (${issuer.regionCode})`);
    console.log(`负责人 ${issuer.personInCharge} · 经办人 ${issuer.handler} · 联系方式 ${issuer.contact}`);
    for (const key of issuer.keys) {
      console.log(`  ${key.publicKeyMultibase}  ${key.validFrom} → ${key.validUntil ?? 'current'}`);
    }
  }
}

@Command({
  name: 'issuers',
  description: 'Issuing organisations and their signing keys',
  subCommands: [IssuersRotateKeyCommand, IssuersShowCommand],
})
export class IssuersCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
