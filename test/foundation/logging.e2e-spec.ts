import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadLedgerConfig } from '@ledger/application';
import pino from 'pino';
import { createApiApp } from '../../apps/api/src/app.factory';
import { HttpClient } from '../support/http-client';
import { ADMIN_PASSWORD, temporaryDataDir } from '../support/test-app';
import { volunteerBody } from '../volunteering/support';

describe('structured logs', () => {
  const lines: string[] = [];
  const dataDir = temporaryDataDir('ledger-logs-');
  let app: NestFastifyApplication;
  let http: HttpClient;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const config = loadLedgerConfig({ LEDGER_DATA_DIR: dataDir, LEDGER_ADMIN_PASSWORD: ADMIN_PASSWORD });
    app = await createApiApp({ config, logger });
    await app.listen({ host: '127.0.0.1', port: 0 });
    http = new HttpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are JSON lines with a request id for every request, and never carry personal data or secrets', async () => {
    const admin = await http.signIn('admin', ADMIN_PASSWORD);
    const person = volunteerBody({ name: '欧阳靖雯', regionCode: '410122' });
    const registered = await admin.post('/api/v1/volunteers', person, { 'x-request-id': 'req-log-1' });
    expect(registered.status).toBe(201);
    await http.post('/api/v1/auth/token', { username: 'admin', password: 'wrong-password-9' });

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.find((e) => e.reqId === 'req-log-1' && e.msg === 'request')).toMatchObject({
      method: 'POST',
      route: '/api/v1/volunteers',
      status: 201,
    });
    const everything = lines.join('\n');
    for (const secret of [person.name, person.idNumber, person.phone, ADMIN_PASSWORD, 'wrong-password-9']) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain('127.0.0.1"');
  });
});
