import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError, loadLedgerConfig } from '@ledger/application';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  let config;
  try {
    config = loadLedgerConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApiApp({ config });
  await app.listen({ host: config.host, port: config.port });
  new Logger('Ledger').log({
    msg: 'listening',
    url: await app.getUrl(),
    store: config.store.kind,
    dataDir: config.dataDir,
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
