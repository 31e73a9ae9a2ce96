import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { regionCodeRange, volunteerStream } from '@ledger/domain';
import { InMemoryEventStore, type JsonObject } from '@ledger/event-store';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { certificatesProjection } from './certificates.projection';
import { CertificatesReadModel } from './certificates.queries';

const PROJECTIONS = [certificatesProjection];
const ALL = { limit: 100, offset: 0 };

describe('certificates read model', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner;
  let ids = 0;

  const append = async (stream: string, type: string, data: object) => {
    const result = await store.append(stream, [{ id: `e-${++ids}`, type, data: data as JsonObject }]);
    await runner.waitFor(result.position);
  };
  const register = (volunteerId: string, regionCode: string) =>
    append(volunteerStream(volunteerId), 'VolunteerRegistered', {
      volunteerId,
      volunteerNo: `${regionCode}-2026-000001`,
      regionCode,
      personalData: { scheme: 'aes-256-gcm/v1', keyId: volunteerId, iv: 'x', ciphertext: 'x', tag: 'x' },
      registeredBy: 'acc-admin',
      registeredAt: '2026-03-01T00:00:00.000Z',
    });
  const issue = (
    certificateId: string,
    number: string,
    volunteerId: string,
    issuedAt: string,
    minutes: number[],
  ) =>
    append(`certificate-${certificateId}`, 'CertificateIssued', {
      certificateId,
      number,
      issuerId: `iss-${number.slice(0, 6)}`,
      keyId: 'key-1',
      volunteerId,
      volunteerNo: `no-${volunteerId}`,
      purpose: null,
      period: { from: '2026-01-01', to: '2026-03-31' },
      records: minutes.map((m, i) => ({
        recordId: `rec-${i}`,
        activityId: 'act-1',
        activity: '科普讲解',
        date: '2026-03-05',
        startedAt: '2026-03-05T01:00:00.000Z',
        endedAt: '2026-03-05T02:00:00.000Z',
        minutes: m,
        content: '讲解',
      })),
      trainings: [{ trainingId: 'trn-1', course: '培训', completedOn: '2026-03-01', minutes: 600 }],
      commendations: [],
      starLevel: 0,
      anchor: { stream: volunteerStream(volunteerId), revision: 3, hash: 'h' },
      statusList: 2026,
      statusListIndex: Number(number.slice(-6)),
      publicUrl: 'http://localhost:3000',
      proofCreated: issuedAt,
      proofValue: 'z',
      issuedBy: 'acc-admin',
      issuedAt,
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-certificates-'));
    store = new InMemoryEventStore();
    db = openReadModelDatabase(join(dir, 'live.sqlite'));
    runner = new ProjectionRunner(store, db, PROJECTIONS);
    await runner.start();
    await register('vol-1', '410122');
    await register('vol-2', '410300');
    await issue('crt-1', '410100-2026-000001', 'vol-1', '2026-03-10T02:00:00.000Z', [90, 120]);
    // 17:00 UTC is 01:00 the next day in Shanghai: issued on 11 March.
    await issue('crt-2', '410100-2026-000002', 'vol-1', '2026-03-10T17:00:00.000Z', []);
    await issue('crt-3', '410000-2026-000001', 'vol-2', '2026-03-12T02:00:00.000Z', [30]);
    // A volunteer the log never registered (an imported certificate): the issuer's region stands in.
    await issue('crt-4', '410000-2026-000002', 'vol-9', '2026-03-13T02:00:00.000Z', [10]);
    await append('certificate-crt-1', 'CertificateRevoked', {
      certificateId: 'crt-1',
      number: '410100-2026-000001',
      reason: '出具有误',
      revokedBy: 'acc-admin',
      revokedAt: '2026-03-14T02:00:00.000Z',
    });
  });

  afterEach(async () => {
    await runner.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const idsOf = (filter: Parameters<CertificatesReadModel['page']>[0]) =>
    new CertificatesReadModel(db).page(filter, ALL).rows.map((row) => row.certificate_id);

  it("keeps the volunteer's region, the Shanghai issue date, the period and the service totals", () => {
    const rows = new CertificatesReadModel(db).page({}, ALL).rows;
    expect(
      rows.map((r) => [r.certificate_id, r.region_code, r.issued_on, r.total_minutes, r.total_records]),
    ).toEqual([
      ['crt-4', '410000', '2026-03-13', 10, 1],
      ['crt-3', '410300', '2026-03-12', 30, 1],
      ['crt-2', '410122', '2026-03-11', 0, 0],
      ['crt-1', '410122', '2026-03-10', 210, 2],
    ]);
    expect(rows[3]).toMatchObject({ status: 'revoked', period_from: '2026-01-01', period_to: '2026-03-31' });
  });

  it('filters by region range, volunteer, number prefix, status and issue dates', () => {
    expect(idsOf({ region: regionCodeRange('410100') })).toEqual(['crt-2', 'crt-1']);
    expect(idsOf({ region: regionCodeRange('410300') })).toEqual(['crt-3']);
    expect(idsOf({ region: regionCodeRange('410000') })).toEqual(['crt-4', 'crt-3', 'crt-2', 'crt-1']);
    expect(idsOf({ volunteerId: 'vol-1' })).toEqual(['crt-2', 'crt-1']);
    expect(idsOf({ number: '410000' })).toEqual(['crt-4', 'crt-3']);
    expect(idsOf({ number: '410100-2026-000002' })).toEqual(['crt-2']);
    expect(idsOf({ number: '410100-2026-0000021' })).toEqual([]);
    expect(idsOf({ status: 'revoked' })).toEqual(['crt-1']);
    expect(idsOf({ issuedFrom: '2026-03-11', issuedTo: '2026-03-12' })).toEqual(['crt-3', 'crt-2']);
    expect(new CertificatesReadModel(db).page({}, { limit: 1, offset: 1 })).toEqual({
      rows: [expect.objectContaining({ certificate_id: 'crt-3' })],
      total: 4,
    });
  });

  it('a rebuild from the log lands on the same tables as live updating', async () => {
    await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), PROJECTIONS);
    const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    const tables = certificatesProjection.tables;
    expect(dumpTables(rebuilt, tables)).toEqual(dumpTables(db, tables));
    rebuilt.close();
  });
});
