import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { volunteerStream } from '@ledger/domain';
import { InMemoryEventStore, type JsonObject } from '@ledger/event-store';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { volunteersProjection } from '../volunteering/volunteers.projection';
import { familyLinksProjection } from './family-links.projection';
import { FamilyLinksReadModel } from './family-links.queries';

const AT = '2026-06-15T02:00:00.000Z';
const PROJECTIONS = [volunteersProjection, familyLinksProjection];

describe('family links read model', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner;
  let ids = 0;

  const append = async (volunteerId: string, type: string, data: object) => {
    const result = await store.append(volunteerStream(volunteerId), [
      { id: `e-${++ids}`, type, data: { volunteerId, ...data } as JsonObject },
    ]);
    await runner.waitFor(result.position);
  };
  const register = (volunteerId: string, volunteerNo: string) =>
    append(volunteerId, 'VolunteerRegistered', {
      volunteerNo,
      regionCode: '410122',
      personalData: { scheme: 'aes-256-gcm/v1', keyId: volunteerId, iv: 'x', ciphertext: 'x', tag: 'x' },
      registeredBy: 'acc-admin',
      registeredAt: AT,
    });
  const link = (volunteerId: string, familyVolunteerId: string, relation: string, at = AT) =>
    append(volunteerId, 'FamilyMemberLinked', { familyVolunteerId, relation, linkedBy: 'acc-admin', at });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-family-'));
    store = new InMemoryEventStore();
    db = openReadModelDatabase(join(dir, 'live.sqlite'));
    runner = new ProjectionRunner(store, db, PROJECTIONS);
    await runner.start();
    await register('vol-1', '410122-2026-000001');
    await register('vol-2', '410122-2026-000002');
    await register('vol-3', '410122-2026-000003');
  });

  afterEach(async () => {
    await runner.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists each side's links in the order they were made, with the family member's number", async () => {
    await link('vol-1', 'vol-3', 'child');
    await link('vol-3', 'vol-1', 'parent');
    await link('vol-1', 'vol-2', 'spouse');
    await link('vol-2', 'vol-1', 'spouse');
    const family = new FamilyLinksReadModel(db);
    expect(
      family.familyOf('vol-1').map((row) => [row.family_volunteer_id, row.volunteer_no, row.relation]),
    ).toEqual([
      ['vol-3', '410122-2026-000003', 'child'],
      ['vol-2', '410122-2026-000002', 'spouse'],
    ]);
    expect(family.familyOf('vol-3')).toEqual([
      expect.objectContaining({ family_volunteer_id: 'vol-1', relation: 'parent', status: 'active' }),
    ]);
    expect(family.familyOf('vol-9')).toEqual([]);
  });

  it('a link recorded again keeps its first place; a forgotten member shows as forgotten', async () => {
    await link('vol-1', 'vol-2', 'sibling', '2026-06-01T00:00:00.000Z');
    await link('vol-1', 'vol-3', 'child');
    await link('vol-1', 'vol-2', 'sibling', '2026-06-02T00:00:00.000Z');
    await append('vol-2', 'VolunteerForgotten', {
      forgottenBy: 'acc-admin',
      forgottenAt: AT,
      reason: '本人申请',
    });
    const rows = new FamilyLinksReadModel(db).familyOf('vol-1');
    expect(rows.map((row) => [row.family_volunteer_id, row.linked_at, row.status])).toEqual([
      ['vol-2', '2026-06-01T00:00:00.000Z', 'forgotten'],
      ['vol-3', AT, 'active'],
    ]);
  });

  it('a rebuild from the log lands on the same table as live updating', async () => {
    await link('vol-1', 'vol-2', 'grandparent');
    await link('vol-2', 'vol-1', 'grandchild');
    await link('vol-1', 'vol-2', 'grandparent');
    await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), PROJECTIONS);
    const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    const tables = familyLinksProjection.tables;
    expect(dumpTables(rebuilt, tables)).toEqual(dumpTables(db, tables));
    expect(dumpTables(db, tables)[tables[0]]).toHaveLength(2);
    rebuilt.close();
  });
});
