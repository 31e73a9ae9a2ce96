import 'reflect-metadata';
import { ConfigurationError, loadLedgerConfig } from '@ledger/application';
import { RuleViolation } from '@ledger/domain';
import { CommandFactory } from 'nest-commander';
import { CliFailure } from './cli-context';
import { CliModule } from './cli.module';

/** Errors the person at the terminal can act on are printed as one line, not a stack. */
function explain(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliFailure) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof ConfigurationError) return { message: error.message, exitCode: 2 };
  if (error instanceof RuleViolation) return { message: `${error.code}: ${error.message}`, exitCode: 1 };
  if (error instanceof Error && error.name === 'AccessDenied') return { message: error.message, exitCode: 1 };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error), exitCode: 1 };
}

async function main(): Promise<void> {
  const config = loadLedgerConfig();
  await CommandFactory.run(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
    cliName: 'npm run cli --',
    errorHandler: (error) => {
      // commander's own exits (help, unknown option) carry their code; pass them through.
      const code = (error as { exitCode?: number }).exitCode;
      if (typeof code === 'number') process.exit(code);
      throw error;
    },
    serviceErrorHandler: (error) => {
      const { message, exitCode } = explain(error);
      console.error(message);
      process.exitCode = exitCode;
    },
  });
}

main().catch((error: unknown) => {
  const { message, exitCode } = explain(error);
  console.error(message);
  process.exit(exitCode);
});
