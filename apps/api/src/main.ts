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
  const logger = new Logger('Ledger');
  // Graceful shutdown: stop accepting, let requests in flight finish, flush and close the store.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log({ msg: 'shutting down', signal });
    const force = setTimeout(() => {
      logger.error({ msg: 'shutdown took too long; exiting' });
      process.exit(1);
    }, 15_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ msg: 'shutdown failed', error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  if (config.clockStart) {
    logger.warn({
      msg: "the ledger's clock was set by LEDGER_CLOCK_START: business dates are not today's",
      clockStart: config.clockStart.toISOString(),
    });
  }
  logger.log({
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
