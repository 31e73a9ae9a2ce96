import { readFileSync } from 'node:fs';
import { verifyOffline } from '@ledger/application/certificates';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliFailure } from '../cli-context';

interface VerifyOptions {
  readonly keys?: string;
  readonly statusList?: string;
  readonly json?: boolean;
}

const readJson = (file: string, what: string): unknown => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliFailure(`cannot read ${what} ${file}`, 2);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliFailure(`${what} ${file} is not JSON`, 2);
  }
};

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const;

@SubCommand({
  name: 'verify',
  arguments: '<file>',
  description:
    'Verify a certificate credential (JSON) offline: the signature from its did:key; the issuer key and its ' +
    'period with --keys; revocation with --status-list. Exit 0 valid, 1 invalid, 2 unreadable input.',
})
export class CertificatesVerifyCommand extends CommandRunner {
  async run([file]: string[], options: VerifyOptions): Promise<void> {
    const document = readJson(file, 'credential');
    // A whole certificate (the API's answer) carries its credential inside.
    const credential =
      document && typeof document === 'object' && 'credential' in document
        ? (document as { credential: unknown }).credential
        : document;
    const result = verifyOffline(credential, {
      keys: options.keys ? readJson(options.keys, 'keys file') : undefined,
      statusList: options.statusList ? readJson(options.statusList, 'status list') : undefined,
    });
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      console.log(result.valid ? 'VALID' : 'INVALID');
      for (const [check, outcome] of Object.entries(result.checks))
        console.log(`  ${MARK[outcome]} ${check}: ${outcome}`);
      for (const note of result.notes) console.log(`  note: ${note}`);
    }
    if (!result.valid) process.exitCode = 1;
  }

  @Option({
    flags: '--keys <file>',
    description: 'the issuer’s published keys (GET /api/v1/issuers/{id}/keys)',
  })
  parseKeys(value: string): string {
    return value;
  }

  @Option({
    flags: '--status-list <file>',
    description: 'the status list credential the credential points at',
  })
  parseStatusList(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the result as JSON' })
  parseJson(): boolean {
    return true;
  }
}

@Command({
  name: 'certificates',
  description: 'Service certificates',
  subCommands: [CertificatesVerifyCommand],
})
export class CertificatesCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
