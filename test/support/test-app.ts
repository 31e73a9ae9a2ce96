import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Clock, type LedgerConfig, loadLedgerConfig } from '@ledger/application';
import { createApiApp } from '../../apps/api/src/app.factory';
import { HttpClient } from './http-client';

export const ADMIN_PASSWORD = 'admin-password-1';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: LedgerConfig;
  readonly dataDir: string;
  readonly http: HttpClient;
  /** A client signed in as the first administrator (province 410000). */
  admin(): Promise<HttpClient>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export function temporaryDataDir(prefix = 'ledger-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The real application, as `npm start` builds it, on a real SQLite file in a temporary folder,
 * listening on a free port of 127.0.0.1.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  dataDir = temporaryDataDir(),
  clock?: Clock,
): Promise<TestApp> {
  const config = loadLedgerConfig({
    LEDGER_DATA_DIR: dataDir,
    LEDGER_HOST: '127.0.0.1',
    LEDGER_PORT: '0',
    LEDGER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LEDGER_LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApiApp({ config, clock });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const http = new HttpClient(url);
  return {
    app,
    config,
    dataDir,
    http,
    admin: () => http.signIn('admin', ADMIN_PASSWORD),
    close: async (options = {}) => {
      await app.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
