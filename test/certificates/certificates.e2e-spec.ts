import { createHash, createPublicKey, verify as edVerify } from 'node:crypto';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  fieldsOf,
  registerVolunteer,
  scheduleActivity,
  session,
} from '../volunteering/support';

/**
 * A second, independent verifier of eddsa-jcs-2022 written from the spec for these tests: its own
 * RFC 8785 serialisation, its own base58btc, and the did:key imported as a JWK (not the ledger's code).
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(text: string): Buffer {
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(ALPHABET.indexOf(c));
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const zeros = text.match(/^1*/)![0].length;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(n === 0n ? '' : hex, 'hex')]);
}
function jcs(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(o[k])}`).join(',')}}`;
}
function independentlyVerified(credential: any): boolean {
  const { proof, ...document } = credential;
  const { proofValue, ...config } = proof;
  if (config.cryptosuite !== 'eddsa-jcs-2022' || !proofValue.startsWith('z')) return false;
  const [did, fragment] = String(config.verificationMethod).split('#');
  const multikey = base58(did.replace('did:key:z', ''));
  if (fragment !== did.slice('did:key:'.length) || multikey[0] !== 0xed || multikey[1] !== 0x01) return false;
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: multikey.subarray(2).toString('base64url') },
    format: 'jwk',
  });
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return edVerify(
    null,
    Buffer.concat([sha(jcs(config)), sha(jcs(document))]),
    key,
    base58(proofValue.slice(1)),
  );
}
const statusBit = (encodedList: string, index: number): boolean => {
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
};
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('certificates over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let activityId: string;
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));
  const issuerBody = {
    name: '郑州市科学技术协会',
    regionCode: '410100',
    personInCharge: '张主任',
    handler: '李经办',
    contact: '0371-12345678',
  };

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_PUBLIC_URL: 'https://ledger.example.cn' }, undefined, clock);
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122', title: '科技馆科普讲解' })).activityId;
    const issuer = await admin.post('/api/v1/issuers', issuerBody);
    expect(issuer.status).toBe(201);
  });
  afterAll(() => t.close());

  /** A volunteer with confirmed sessions of the given lengths on 3, 4, 5 … March, and one pending. */
  async function volunteerWith(minutes: number[]) {
    const volunteer = await registerVolunteer(admin, { regionCode: '410122' });
    for (const [i, m] of minutes.entries()) {
      const recorded = await organiser.post('/api/v1/service-records', {
        volunteerId: volunteer.id,
        activityId,
        ...session('09:00', m, `2026-03-0${3 + i}`),
        content: '展厅讲解',
      });
      expect(recorded.status).toBe(201);
      expect((await countyAdmin.post(`/api/v1/service-records/${recorded.body.id}/confirm`)).status).toBe(
        200,
      );
    }
    await organiser.post('/api/v1/service-records', {
      volunteerId: volunteer.id,
      activityId,
      ...session('15:00', 45, '2026-03-09'),
      content: '未确认',
    });
    return volunteer;
  }

  const issue = async (client: HttpClient, body: object) => {
    const response = await client.post('/api/v1/certificates', body);
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };

  it('issues: facts of the period, masked identity, a number per issuer and year, the anchor, and a credential both verifiers accept', async () => {
    const minutes = [90, 120, 45];
    const volunteer = await volunteerWith(minutes);
    await organiser.post(`/api/v1/volunteers/${volunteer.id}/trainings`, {
      course: '讲解员培训',
      completedOn: '2026-03-02',
      minutes: 240,
    });
    const response = await issue(countyAdmin, {
      volunteerId: volunteer.id,
      from: '2026-03-04',
      to: '2026-03-10',
      purpose: '升学',
    });
    const c = response.body;
    expect(response.headers.get('location')).toBe(`/api/v1/certificates/${c.id}`);
    expect(c.number).toMatch(/^410100-2026-\d{6}$/);
    expect(c.volunteer).toEqual({
      id: volunteer.id,
      name: '李华',
      idType: 'resident-id',
      idNumberMasked: expect.stringMatching(/\*/),
      volunteerNo: volunteer.volunteerNo,
    });
    // Only confirmed records inside the period: the first (3 March) and the pending one are out.
    const inPeriod = minutes.slice(1);
    expect(c.totals).toMatchObject({
      minutes: inPeriod.reduce((a, b) => a + b, 0),
      records: inPeriod.length,
    });
    expect(c.records.map((r: any) => [r.date, r.minutes, r.activity])).toEqual([
      ['2026-03-04', inPeriod[0], '科技馆科普讲解'],
      ['2026-03-05', inPeriod[1], '科技馆科普讲解'],
    ]);
    expect(c.trainings).toEqual([]); // completed on 2 March, before the period
    expect(c.issuer).toMatchObject({
      id: 'iss-410100',
      ...issuerBody,
      did: expect.stringMatching(/^did:key:z6Mk/),
    });
    expect(c.anchor).toEqual({
      stream: `volunteer-${volunteer.id}`,
      revision: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(c.verifyUrl).toBe(`https://ledger.example.cn/api/v1/verify/${c.number}`);
    expect(c.credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
    });
    expect(c.credential.credentialSubject.totals.minutes).toBe(c.totals.minutes);
    expect(JSON.stringify(c)).not.toContain('"idNumber"');
    expect(independentlyVerified(c.credential)).toBe(true);

    const verified = await t.http.post('/api/v1/verify', c.credential);
    expect(verified.body).toEqual({
      valid: true,
      checks: { signature: true, issuer: true, revocation: true, anchor: true },
    });
    const byNumber = await t.http.get(`/api/v1/verify/${c.number}`);
    expect(byNumber.body).toMatchObject({
      valid: true,
      status: 'valid',
      certificate: { id: c.id, number: c.number },
    });
    expect((await countyAdmin.get(`/api/v1/certificates/${c.id}`)).body).toEqual(c);
  });

  it('with no period asked for, starts on the first day of service (Beijing date), or on to with none', async () => {
    const volunteer = await registerVolunteer(admin, { regionCode: '410122' });
    // 00:30 on 2 March in Beijing is still 1 March in UTC: the period starts on 2 March.
    const early = await organiser.post('/api/v1/service-records', {
      volunteerId: volunteer.id,
      activityId,
      ...session('00:30', 60, '2026-03-02'),
      content: '夜间值守',
    });
    expect(early.body.startedAt).toBe('2026-03-02T00:30:00+08:00');
    expect((await countyAdmin.post(`/api/v1/service-records/${early.body.id}/confirm`)).status).toBe(200);
    const later = await organiser.post('/api/v1/service-records', {
      volunteerId: volunteer.id,
      activityId,
      ...session('09:00', 30, '2026-03-06'),
      content: '展厅讲解',
    });
    expect((await countyAdmin.post(`/api/v1/service-records/${later.body.id}/confirm`)).status).toBe(200);
    const c = (await issue(countyAdmin, { volunteerId: volunteer.id })).body;
    expect(c.period).toEqual({ from: '2026-03-02', to: '2026-03-10' });
    expect(c.totals).toMatchObject({ minutes: 90, records: 2 });
    const verified = await t.http.get(`/api/v1/verify/${c.number}`);
    expect(verified.body.certificate.period).toEqual({ from: '2026-03-02', to: '2026-03-10' });
    expect(c.credential.credentialSubject.period).toEqual({ from: '2026-03-02', to: '2026-03-10' });

    const newcomer = await registerVolunteer(admin, { regionCode: '410122' });
    const none = (await issue(countyAdmin, { volunteerId: newcomer.id, to: '2026-03-08' })).body;
    expect(none.period).toEqual({ from: '2026-03-08', to: '2026-03-08' });
    expect(none.totals).toMatchObject({ minutes: 0, records: 0 });
  });

  it('numbers follow one another per issuer and year', async () => {
    const volunteer = await volunteerWith([60]);
    const a = (await issue(countyAdmin, { volunteerId: volunteer.id })).body.number;
    const b = (await issue(countyAdmin, { volunteerId: volunteer.id })).body.number;
    expect(Number(b.slice(-6))).toBe(Number(a.slice(-6)) + 1);
  });

  it('a retried request (same Idempotency-Key) returns the same certificate and takes no second number', async () => {
    const volunteer = await volunteerWith([60]);
    const headers = { 'idempotency-key': `cert-${volunteer.id}` };
    const first = await countyAdmin.post('/api/v1/certificates', { volunteerId: volunteer.id }, headers);
    const again = await countyAdmin.post('/api/v1/certificates', { volunteerId: volunteer.id }, headers);
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
    const next = (await issue(countyAdmin, { volunteerId: volunteer.id })).body.number;
    expect(Number(next.slice(-6))).toBe(Number(first.body.number.slice(-6)) + 1);
  });

  describe('tampering', () => {
    let credential: any;
    beforeAll(async () => {
      const volunteer = await volunteerWith([60, 30]);
      credential = (await issue(countyAdmin, { volunteerId: volunteer.id })).body.credential;
    });

    it.each<[string, (c: any) => void]>([
      ['subject name', (c) => (c.credentialSubject.name = '王五')],
      ['dates', (c) => (c.credentialSubject.period.to = '2026-12-31')],
      ['minutes', (c) => (c.credentialSubject.records[0].minutes += 60)],
      ['total minutes', (c) => (c.credentialSubject.totals.minutes *= 2)],
      ['issuer name', (c) => (c.issuer.name = '某某科协')],
      [
        'proof value',
        (c) =>
          (c.proof.proofValue =
            c.proof.proofValue.slice(0, -2) + (c.proof.proofValue.endsWith('1') ? '22' : '11')),
      ],
    ])('changing the %s fails the signature check', async (_what, tamper) => {
      const tampered = copy(credential);
      tamper(tampered);
      const response = await t.http.post('/api/v1/verify', tampered);
      expect(response.status).toBe(200);
      expect(response.body.valid).toBe(false);
      expect(response.body.checks.signature).toBe(false);
      expect(response.body.reason).toMatch(/signature/);
      expect(independentlyVerified(tampered)).toBe(false);
    });

    it('a credential signed by a key the issuer never had fails the issuer check', async () => {
      const tampered = copy(credential);
      tampered.issuer.issuerId = 'iss-410122';
      const response = await t.http.post('/api/v1/verify', tampered);
      expect(response.body.checks).toMatchObject({ signature: false, issuer: false });
      expect(response.body.reason).toMatch(/issuer: /);
    });

    it('a body that is not a credential object is 400', async () => {
      expectProblem(await t.http.post('/api/v1/verify', [1, 2]), 400, 'VALIDATION_FAILED');
      const empty = await t.http.post('/api/v1/verify', {});
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({
        valid: false,
        checks: { signature: false, issuer: false, revocation: false, anchor: false },
      });
    });
  });

  it('revocation: the number says revoked, the credential fails the revocation check, and the published list has the bit', async () => {
    const volunteer = await volunteerWith([60]);
    const c = (await issue(countyAdmin, { volunteerId: volunteer.id })).body;
    const listPath = c.credential.credentialStatus.statusListCredential.replace(
      'https://ledger.example.cn',
      '',
    );
    const index = Number(c.credential.credentialStatus.statusListIndex);
    const before = await t.http.get(listPath);
    expect(before.status).toBe(200);
    expect(independentlyVerified(before.body)).toBe(true);
    expect(statusBit(before.body.credentialSubject.encodedList, index)).toBe(false);

    expectProblem(
      await countyAdmin.post(`/api/v1/certificates/${c.id}/revoke`, {}),
      400,
      'VALIDATION_FAILED',
    );
    const revoked = await countyAdmin.post(`/api/v1/certificates/${c.id}/revoke`, { reason: '服务记录有误' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocation: { reason: '服务记录有误' } });
    expectProblem(
      await countyAdmin.post(`/api/v1/certificates/${c.id}/revoke`, { reason: '再次' }),
      422,
      'CERTIFICATE_ALREADY_REVOKED',
    );

    expect((await t.http.get(`/api/v1/verify/${c.number}`)).body).toMatchObject({
      valid: false,
      status: 'revoked',
    });
    const verified = await t.http.post('/api/v1/verify', c.credential);
    expect(verified.body).toMatchObject({
      valid: false,
      checks: { signature: true, issuer: true, revocation: false, anchor: true },
    });
    expect(verified.body.reason).toMatch(/^revocation: .*服务记录有误/);
    const after = await t.http.get(listPath);
    expect(statusBit(after.body.credentialSubject.encodedList, index)).toBe(true);
  });

  it('an unknown number is unknown, in JSON and on the page', async () => {
    expect((await t.http.get('/api/v1/verify/410100-2026-999999')).body).toEqual({
      valid: false,
      status: 'unknown',
    });
    expect((await t.http.get('/api/v1/verify/nonsense')).body).toEqual({ valid: false, status: 'unknown' });
    const page = await t.http.get('/api/v1/verify/410100-2026-999999', { accept: 'text/html' });
    expect(page.contentType).toMatch(/text\/html/);
    expect(page.body).toContain('未找到');
  });

  it('the page shows the verdict, masked identity, period, hours and issuer', async () => {
    const volunteer = await volunteerWith([150]);
    const c = (await issue(countyAdmin, { volunteerId: volunteer.id })).body;
    const page = await t.http.get(`/api/v1/verify/${c.number}`, {
      accept: 'text/html,application/xhtml+xml',
    });
    expect(page.status).toBe(200);
    for (const text of [
      '有效',
      '李*',
      c.volunteer.idNumberMasked,
      c.period.to,
      '2 小时 30 分钟',
      issuerBody.name,
    ]) {
      expect(page.body).toContain(text);
    }
    expect(page.body).not.toContain('李华');
  });

  it('key rotation: the old key stays published with its period, old certificates still verify, new ones use the new key', async () => {
    const volunteer = await volunteerWith([60]);
    const old = (await issue(countyAdmin, { volunteerId: volunteer.id })).body;
    clock.advance(60_000);
    const rotated = await admin.post('/api/v1/issuers/iss-410100/keys/rotate');
    expect(rotated.status).toBe(200);
    clock.advance(60_000);
    const keys = (await t.http.get('/api/v1/issuers/iss-410100/keys')).body.keys;
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const [previous, current] = keys.slice(-2);
    expect(previous.validUntil).toBe(current.validFrom);
    expect(current.validUntil).toBeNull();
    expect(keys.map((k: any) => k.id)).toContain(old.credential.proof.verificationMethod);

    expect((await t.http.post('/api/v1/verify', old.credential)).body.valid).toBe(true);
    const fresh = (await issue(countyAdmin, { volunteerId: volunteer.id })).body;
    expect(fresh.credential.proof.verificationMethod).toBe(current.id);
    expect((await t.http.post('/api/v1/verify', fresh.credential)).body.valid).toBe(true);

    // The old key signed nothing after it was retired: a proof dated later fails the issuer check.
    expect(keys.find((k: any) => k.id === old.credential.proof.verificationMethod).validUntil).not.toBeNull();
  });

  it.each([
    ['the anchored event', (anchor: number) => anchor],
    ['an event before it', () => 1],
  ])(
    'anchor: a later event leaves it matching; altering %s in the ledger makes it fail',
    async (_what, pick) => {
      const volunteer = await volunteerWith([60]);
      const c = (await issue(countyAdmin, { volunteerId: volunteer.id })).body;
      await organiser.post(`/api/v1/volunteers/${volunteer.id}/trainings`, {
        course: '急救',
        completedOn: '2026-03-08',
        minutes: 60,
      });
      expect((await t.http.post('/api/v1/verify', c.credential)).body.checks.anchor).toBe(true);

      // Alter the event in place, as someone with write access to the file could.
      const revision = pick(c.anchor.revision);
      expect(revision).toBeLessThanOrEqual(c.anchor.revision);
      const db = new Database(join(t.dataDir, 'events.sqlite'));
      try {
        const changed = db
          .prepare(
            `UPDATE events SET data = json_set(data, '$.content', '伪造') WHERE stream = ? AND revision = ?`,
          )
          .run(c.anchor.stream, revision);
        expect(changed.changes).toBe(1);
      } finally {
        db.close();
      }
      const verified = await t.http.post('/api/v1/verify', c.credential);
      expect(verified.body).toMatchObject({
        valid: false,
        checks: { signature: true, issuer: true, revocation: true, anchor: false },
      });
      expect(verified.body.reason).toMatch(/^anchor: /);
    },
  );

  describe('who may issue', () => {
    it('a volunteer account asks for its own, not for another', async () => {
      const volunteer = await volunteerWith([60]);
      const other = await volunteerWith([60]);
      const self = (await accountClient(t, admin, 'volunteer', '410122', { volunteerId: volunteer.id }))
        .client;
      expect((await self.post('/api/v1/certificates', { volunteerId: volunteer.id })).status).toBe(201);
      expectProblem(await self.post('/api/v1/certificates', { volunteerId: other.id }), 403, 'FORBIDDEN');
    });

    it('an administrator of another region is refused; an organiser too', async () => {
      const volunteer = await volunteerWith([60]);
      const luoyang = (await accountClient(t, admin, 'admin', '410300')).client;
      expectProblem(
        await luoyang.post('/api/v1/certificates', { volunteerId: volunteer.id }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await organiser.post('/api/v1/certificates', { volunteerId: volunteer.id }),
        403,
        'FORBIDDEN',
      );
    });

    it('a region without an issuer up to its province is 422 NO_ISSUER', async () => {
      const volunteer = await registerVolunteer(admin, { regionCode: '410300' });
      const luoyang = (await accountClient(t, admin, 'admin', '410300')).client;
      expectProblem(
        await luoyang.post('/api/v1/certificates', { volunteerId: volunteer.id }),
        422,
        'NO_ISSUER',
      );
    });
  });

  describe('bad input is 400 and writes nothing', () => {
    it.each<[object, string[]]>([
      [{}, ['volunteerId']],
      [{ volunteerId: 'vol-000000000000000000000000', from: '2026-13-01' }, ['from']],
      [{ volunteerId: 'vol-000000000000000000000000', extra: 1 }, ['extra']],
      [{ volunteerId: 'nope', purpose: 5 }, ['purpose', 'volunteerId']],
    ])('%j', async (body, fields) => {
      const response = await countyAdmin.post('/api/v1/certificates', body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(fields);
    });

    it('from after to', async () => {
      const volunteer = await volunteerWith([60]);
      const response = await countyAdmin.post('/api/v1/certificates', {
        volunteerId: volunteer.id,
        from: '2026-03-09',
        to: '2026-03-01',
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
    });

    it('issuers: missing fields, bad region; a second issuer of a region is 409', async () => {
      const response = await admin.post('/api/v1/issuers', { regionCode: '41' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(['contact', 'handler', 'name', 'personInCharge', 'regionCode']);
      expectProblem(await admin.post('/api/v1/issuers', issuerBody), 409, 'CONFLICT');
      expectProblem(await t.http.get('/api/v1/issuers/xyz/keys'), 400, 'VALIDATION_FAILED');
      expectProblem(await t.http.get('/api/v1/issuers/iss-999900/keys'), 404, 'NOT_FOUND');
      expectProblem(
        await countyAdmin.get('/api/v1/certificates/crt-000000000000000000000000'),
        404,
        'NOT_FOUND',
      );
    });
  });
});
