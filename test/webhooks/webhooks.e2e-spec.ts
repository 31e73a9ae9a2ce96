import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { projectIn, recruitingActivity, volunteersWithAccounts } from '../journey/journey-support';
import { eventually } from '../support/eventually';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  registerVolunteer,
  residentId,
  scheduleActivity,
  session,
} from '../volunteering/support';

interface Received {
  readonly path: string;
  readonly raw: string;
  readonly body: { id: string; type: string; at: string; data: Record<string, unknown> };
  readonly signature: string | undefined;
}

/** A webhook receiver on 127.0.0.1: each path answers as the test tells it. */
class Receiver {
  readonly received: Received[] = [];
  readonly held: ServerResponse[] = [];
  /** Per path, the status codes to answer in turn (the last one repeats); "hold" never answers. */
  readonly script = new Map<string, (number | 'hold')[]>();
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = request.url ?? '/';
        this.received.push({
          path,
          raw,
          body: JSON.parse(raw),
          signature: request.headers['x-ledger-signature'] as string | undefined,
        });
        const steps = this.script.get(path) ?? [200];
        const answer = steps.length > 1 ? steps.shift()! : steps[0];
        if (answer === 'hold') this.held.push(response);
        else response.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  on(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const SECRET = 'a-webhook-secret-of-32-characters';
const signed = (raw: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(raw, 'utf8').digest('hex')}`;

describe('webhooks: an outbox fed by the log, signed, retried, in order, never on a request’s path', () => {
  const receiver = new Receiver();
  let base: string;
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let otherCountyAdmin: HttpClient;
  let organiser: HttpClient;
  let activityId: string;
  let slot = 0;

  const register = async (client: HttpClient, path: string, events: string[], secret = SECRET) => {
    const response = await client.post('/api/v1/webhooks', { url: `${base}${path}`, events, secret });
    expect(response.status).toBe(201);
    return response.body as { id: string; url: string; events: string[] };
  };
  const deliveries = async (client: HttpClient, id: string) =>
    (await client.get(`/api/v1/webhooks/${id}/deliveries?pageSize=100`)).body;
  const recordService = async (volunteerId: string) => {
    slot++;
    // One slot each, inside the month-long activity: 08:00–17:00, ten a day from 2 March.
    const start = `${String(8 + (slot % 10)).padStart(2, '0')}:00`;
    const response = await organiser.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session(start, 30, `2026-03-${String(2 + Math.floor(slot / 10)).padStart(2, '0')}`),
      content: '科普讲解',
    });
    return response;
  };

  beforeAll(async () => {
    base = await receiver.start();
    t = await startTestApp({ LEDGER_WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    otherCountyAdmin = (await accountClient(t, admin, 'admin', '410181')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('delivers the chosen events of the region, signed with the secret, in order; sealed data stays sealed', async () => {
    const hook = await register(countyAdmin, '/ok', [
      'VolunteerRegistered',
      'ServiceRecorded',
      'ServiceConfirmed',
    ]);
    expect(hook).toEqual(expect.objectContaining({ id: expect.stringMatching(/^whk-/), url: `${base}/ok` }));
    expect(JSON.stringify(hook)).not.toContain(SECRET);
    const elsewhere = await register(otherCountyAdmin, '/elsewhere', ['*']);

    const person = { name: '欧阳回调', idNumber: residentId(), phone: '13900002222' };
    const volunteer = await registerVolunteer(organiser, person);
    const recorded = await recordService(volunteer.id);
    expect(recorded.status).toBe(201);
    expect((await countyAdmin.post(`/api/v1/service-records/${recorded.body.id}/confirm`)).status).toBe(200);

    const got = await eventually(
      'three deliveries',
      async () => receiver.on('/ok'),
      (r) => r.length >= 3,
    );
    expect(got.map((r) => r.body.type)).toEqual([
      'VolunteerRegistered',
      'ServiceRecorded',
      'ServiceConfirmed',
    ]);
    for (const delivery of got) {
      expect(delivery.signature).toBe(signed(delivery.raw));
      expect(delivery.signature).not.toBe(signed(delivery.raw, 'another-secret-of-enough-length'));
      expect(Object.keys(delivery.body).sort()).toEqual(['at', 'data', 'id', 'type']);
    }
    expect(got[2].body.data).toEqual(
      expect.objectContaining({ recordId: recorded.body.id, volunteerId: volunteer.id }),
    );
    // The events hold personal data sealed; a delivery never opens it, nor carries the ciphertext.
    const text = got.map((r) => r.raw).join('\n');
    for (const secret of [person.name, person.idNumber, person.phone, '139****2222'])
      expect(text).not.toContain(secret);
    expect(got[0].body.data.personalData).toEqual({ sealed: true });

    const log = await eventually(
      'the delivery log',
      () => deliveries(countyAdmin, hook.id),
      (page) => page.items?.every((d: { status: string }) => d.status === 'delivered') && page.total === 3,
    );
    expect(log.items[0]).toEqual(
      expect.objectContaining({
        type: 'ServiceConfirmed',
        status: 'delivered',
        attempts: 1,
        lastStatusCode: 200,
        log: [expect.objectContaining({ attempt: 1, statusCode: 200, error: null })],
      }),
    );
    // Another county's webhook hears nothing of this county.
    expect((await deliveries(otherCountyAdmin, elsewhere.id)).total).toBe(0);
    expect(receiver.on('/elsewhere')).toEqual([]);

    const listed = await countyAdmin.get('/api/v1/webhooks');
    expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([hook.id]);
    expect(JSON.stringify(listed.body)).not.toContain(SECRET);
    expectProblem(await otherCountyAdmin.get(`/api/v1/webhooks/${hook.id}/deliveries`), 403, 'FORBIDDEN');
    expectProblem(await countyAdmin.get('/api/v1/webhooks/whk-unknown/deliveries'), 404, 'NOT_FOUND');
  });

  it('sign-ups reach the webhooks of the activity’s region (their stream names none), not other regions’', async () => {
    // Before, a sign-up stream counted as of no region: only province webhooks heard it, of any province.
    const countyHook = await register(countyAdmin, '/county-signups', ['VolunteerSignedUp']);
    const foreign = await register(otherCountyAdmin, '/other-county', ['VolunteerSignedUp']);
    const { projectId } = await projectIn(admin);
    const recruiting = await recruitingActivity(admin, projectId);
    const [volunteer] = await volunteersWithAccounts(t, admin, 1);
    expect((await volunteer.client.post(`/api/v1/activities/${recruiting}/signups`, {})).status).toBe(201);

    const got = await eventually(
      'the sign-up delivered to the county',
      async () => receiver.on('/county-signups'),
      (r) => r.length >= 1,
    );
    expect(got.map((r) => [r.body.type, r.body.data.activityId])).toEqual([
      ['VolunteerSignedUp', recruiting],
    ]);
    expect((await deliveries(countyAdmin, countyHook.id)).total).toBe(1);
    expect((await deliveries(otherCountyAdmin, foreign.id)).total).toBe(0);
    expect(receiver.on('/other-county')).toEqual([]);
  });

  it('retries after a 500 with backoff, and the webhook’s later events wait their turn', async () => {
    receiver.script.set('/flaky', [500, 200]);
    const hook = await register(countyAdmin, '/flaky', ['ServiceRecorded']);
    const volunteer = await registerVolunteer(organiser);
    const first = await recordService(volunteer.id);
    const second = await recordService(volunteer.id);
    expect([first.status, second.status]).toEqual([201, 201]);

    const got = await eventually(
      'three requests',
      async () => receiver.on('/flaky'),
      (r) => r.length >= 3,
    );
    expect(got.map((r) => r.body.data.recordId)).toEqual([first.body.id, first.body.id, second.body.id]);
    expect(got[0].raw).toBe(got[1].raw);

    const log = await eventually(
      'both delivered',
      () => deliveries(countyAdmin, hook.id),
      (page) =>
        page.items?.length === 2 && page.items.every((d: { status: string }) => d.status === 'delivered'),
    );
    const retried = log.items.find((d: { eventId: string }) => d.eventId === got[0].body.id);
    expect(retried).toEqual(expect.objectContaining({ attempts: 2, lastStatusCode: 200 }));
    expect(retried.log.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 200]);
    expect(retried.log[0].error).toBe('answered 500');
  });

  it('a receiver that never answers slows no command: commands answer while it holds the first delivery', async () => {
    receiver.script.set('/hang', ['hold']);
    await register(countyAdmin, '/hang', ['ServiceRecorded']);
    const volunteer = await registerVolunteer(organiser);
    expect((await recordService(volunteer.id)).status).toBe(201);
    await eventually(
      'the receiver holds a delivery',
      async () => receiver.held.length,
      (n) => n >= 1,
    );

    const more = await Promise.all([recordService(volunteer.id), recordService(volunteer.id)]);
    expect(more.map((r) => r.status)).toEqual([201, 201]);
    // Still held, never answered, and nothing after it was sent to that webhook.
    expect(receiver.held.every((response) => !response.writableEnded)).toBe(true);
    expect(receiver.on('/hang')).toHaveLength(1);
  });

  it('refuses request forgery into the network, unknown events, short secrets and other roles', async () => {
    const refused = async (url: string, events: string[] = ['ServiceConfirmed'], secret = SECRET) => {
      const response = await countyAdmin.post('/api/v1/webhooks', { url, events, secret });
      expect({ url, status: response.status }).toEqual({ url, status: 400 });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      return response.body.errors.map((e: { field: string }) => e.field);
    };
    const before = (await t.http.get('/health')).body.eventLog.position;
    for (const url of [
      'http://hooks.example.org/ledger', // http to a host not allowed
      'https://10.0.0.8/hook',
      'https://192.168.1.20/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/hook', // resolves to loopback
      'https://127.0.0.2/hook',
      'https://0x7f000002/hook', // 127.0.0.2 in another spelling
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[fe80::1]/hook',
      'https://[fd00::1]/hook',
      'https://0.0.0.0/hook',
      'https://user:password@hooks.example.org/ledger',
      'ftp://127.0.0.1/hook',
      'not a url',
    ]) {
      expect({ url, fields: await refused(url) }).toEqual({ url, fields: ['url'] });
    }
    expect(await refused(`${base}/ok`, ['ServiceConfirmd'])).toEqual(['events']);
    expect(await refused(`${base}/ok`, ['*', 'ServiceConfirmed'])).toEqual(['events']);
    expect(await refused(`${base}/ok`, [])).toEqual(['events']);
    expect(await refused(`${base}/ok`, ['*'], 'short')).toEqual(['secret']);
    expectProblem(
      await countyAdmin.post('/api/v1/webhooks', {
        url: `${base}/ok`,
        events: ['*'],
        secret: SECRET,
        extra: 1,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await organiser.post('/api/v1/webhooks', { url: `${base}/ok`, events: ['*'], secret: SECRET }),
      403,
      'FORBIDDEN',
    );
    expect((await t.http.get('/health')).body.eventLog.position).toBe(before);
  });

  it('a disabled webhook receives nothing more, and what waited for it is not sent', async () => {
    receiver.script.set('/stopped', [500]);
    const hook = await register(countyAdmin, '/stopped', ['ServiceRecorded']);
    const volunteer = await registerVolunteer(organiser);
    await recordService(volunteer.id);
    await eventually(
      'a refused attempt',
      async () => receiver.on('/stopped'),
      (r) => r.length >= 1,
    );

    expectProblem(
      await otherCountyAdmin.post(`/api/v1/webhooks/${hook.id}/disable`, { reason: '网关停用' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await countyAdmin.post(`/api/v1/webhooks/${hook.id}/disable`, {}),
      400,
      'VALIDATION_FAILED',
    );
    const disabled = await countyAdmin.post(`/api/v1/webhooks/${hook.id}/disable`, { reason: '网关停用' });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toEqual(expect.objectContaining({ id: hook.id, disabledAt: expect.any(String) }));
    const head = (await t.http.get('/health')).body.eventLog.position;
    expect((await countyAdmin.post(`/api/v1/webhooks/${hook.id}/disable`, { reason: '再次' })).status).toBe(
      200,
    );
    expect((await t.http.get('/health')).body.eventLog.position).toBe(head);

    const sent = receiver.on('/stopped').length;
    await recordService(volunteer.id);
    const log = await deliveries(countyAdmin, hook.id);
    expect(log.total).toBe(1);
    expect(log.items[0]).toEqual(
      expect.objectContaining({ status: 'failed', lastError: 'the webhook was disabled' }),
    );
    // Longer than the first retry's delay: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.on('/stopped')).toHaveLength(sent);
  });

  it('at least once: a delivery still pending when the server stops is sent after it starts again', async () => {
    receiver.script.set('/later', [503]);
    const hook = await register(countyAdmin, '/later', ['ServiceRecorded']);
    const volunteer = await registerVolunteer(organiser);
    const recorded = await recordService(volunteer.id);
    await eventually(
      'a refused attempt',
      async () => receiver.on('/later'),
      (r) => r.length >= 1,
    );

    await t.close({ keepData: true });
    receiver.script.set('/later', [200]);
    t = await startTestApp({ LEDGER_WEBHOOK_ALLOW_HOSTS: '127.0.0.1' }, t.dataDir);
    const admin2 = await t.admin();
    const page = await eventually(
      'delivered after the restart',
      () => deliveries(admin2, hook.id),
      (p) => p.items?.[0]?.status === 'delivered',
    );
    expect(page.total).toBe(1);
    const got = receiver.on('/later');
    expect(got.every((r) => r.body.data.recordId === recorded.body.id)).toBe(true);
    expect(got.at(-1)!.signature).toBe(signed(got.at(-1)!.raw));
  });
});
