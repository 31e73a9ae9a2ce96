import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '@ledger/application';
import { runCli } from '../support/cli-process';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp, temporaryDataDir } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from '../volunteering/support';

/** The CLI: offline verification of a credential file (no ledger at all), and key rotation on the data dir. */
describe('certificates CLI', () => {
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));
  const dataDir = temporaryDataDir();
  const emptyDir = temporaryDataDir('ledger-offline-');
  const files = temporaryDataDir('ledger-files-');
  let t: TestApp;
  let admin: HttpClient;
  let certificate: any;

  const save = (name: string, value: unknown): string => {
    const file = join(files, name);
    writeFileSync(file, JSON.stringify(value, null, 2));
    return file;
  };

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    expect(
      (
        await admin.post('/api/v1/issuers', {
          name: '河南省科学技术协会',
          regionCode: '410000',
          personInCharge: '王主任',
          handler: '赵经办',
          contact: '0371-87654321',
        })
      ).status,
    ).toBe(201);
    const { activityId } = await scheduleActivity(t, { regionCode: '410122' });
    const volunteer = await registerVolunteer(admin, { regionCode: '410122' });
    const organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    const record = await organiser.post('/api/v1/service-records', {
      volunteerId: volunteer.id,
      activityId,
      ...session('09:00', 120),
      content: '讲解',
    });
    await admin.post(`/api/v1/service-records/${record.body.id}/confirm`);
    certificate = (await admin.post('/api/v1/certificates', { volunteerId: volunteer.id })).body;
  });
  afterAll(async () => {
    await t.close();
    for (const dir of [emptyDir, files]) rmSync(dir, { recursive: true, force: true });
  });

  it('verifies a credential offline from its did:key alone, and says what it skipped', () => {
    const result = runCli(emptyDir, [
      'certificates',
      'verify',
      save('credential.json', certificate.credential),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^VALID/);
    expect(result.stdout).toMatch(/✓ signature: passed/);
    expect(result.stdout).toMatch(/– revocation: skipped/);
    expect(result.stdout).toMatch(/– anchor: skipped/);
  });

  it('accepts the whole certificate too; a tampered one exits 1 naming the signature', () => {
    expect(runCli(emptyDir, ['certificates', 'verify', save('certificate.json', certificate)]).code).toBe(0);
    const tampered = JSON.parse(JSON.stringify(certificate.credential));
    tampered.credentialSubject.totals.minutes += 60;
    const result = runCli(emptyDir, ['certificates', 'verify', '--json', save('tampered.json', tampered)]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, checks: { signature: 'failed' } });
  });

  it('with the published keys and status list: passes, then fails revocation once revoked', async () => {
    const keys = save('keys.json', (await t.http.get('/api/v1/issuers/iss-410000/keys')).body);
    const listPath = certificate.credential.credentialStatus.statusListCredential.replace(
      t.config.publicUrl,
      '',
    );
    const before = save('list-before.json', (await t.http.get(listPath)).body);
    const credential = save('credential.json', certificate.credential);
    const ok = runCli(emptyDir, [
      'certificates',
      'verify',
      '--json',
      '--keys',
      keys,
      '--status-list',
      before,
      credential,
    ]);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      valid: true,
      checks: { signature: 'passed', issuer: 'passed', revocation: 'passed', anchor: 'skipped' },
    });
    await admin.post(`/api/v1/certificates/${certificate.id}/revoke`, { reason: '测试撤销' });
    const after = save('list-after.json', (await t.http.get(listPath)).body);
    const revoked = runCli(emptyDir, [
      'certificates',
      'verify',
      '--json',
      '--keys',
      keys,
      '--status-list',
      after,
      credential,
    ]);
    expect(revoked.code).toBe(1);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ valid: false, checks: { revocation: 'failed' } });
  });

  it('an unreadable file exits 2', () => {
    expect(runCli(emptyDir, ['certificates', 'verify', join(files, 'missing.json')]).code).toBe(2);
  });

  it('issuers rotate-key: a new key, the old one still published with its end, old credentials still verify', async () => {
    await t.close({ keepData: true });
    const rotated = runCli(dataDir, ['issuers', 'rotate-key', 'iss-410000']);
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/new key z6Mk/);
    // Restarted under another public URL: the stored credential is rebuilt exactly as it was signed.
    t = await startTestApp({ LEDGER_PUBLIC_URL: 'https://moved.example.cn' }, dataDir, clock);
    const reread = (await (await t.admin()).get(`/api/v1/certificates/${certificate.id}`)).body;
    expect(reread.credential).toEqual(certificate.credential);
    expect(reread.verifyUrl).toBe(`https://moved.example.cn/api/v1/verify/${certificate.number}`);
    const keys = (await t.http.get('/api/v1/issuers/iss-410000/keys')).body.keys;
    expect(keys).toHaveLength(2);
    expect(keys[0].validUntil).toBe(keys[1].validFrom);
    const verified = await t.http.post('/api/v1/verify', certificate.credential);
    expect(verified.body.checks).toMatchObject({ signature: true, issuer: true, anchor: true });
  });
});
