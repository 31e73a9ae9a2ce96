import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import {
  activityStream,
  PILOT_TARGET_RULES,
  pilotStream,
  projectStream,
  stationStream,
  teamStream,
  volunteerStream,
} from '@ledger/domain';
import { InMemoryEventStore, type JsonObject } from '@ledger/event-store';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { ORGANISATION_PROJECTIONS } from '.';
import { OrganisationReadModel } from './organisation.queries';
import { PilotProgressReadModel } from './pilot-progress.queries';

const AT = '2026-03-01T02:00:00.000Z';
const county = PILOT_TARGET_RULES.targets.county;
const TABLES = ORGANISATION_PROJECTIONS.flatMap((p) => p.tables);

describe('organisation read models', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner;
  let ids = 0;

  const append = async (stream: string, type: string, data: object) => {
    const result = await store.append(stream, [{ id: `e-${++ids}`, type, data: data as JsonObject }]);
    await runner.waitFor(result.position);
  };

  const service = (type: string, recordId: string, activityId: string, extra: object = {}) =>
    append(volunteerStream('vol-1'), type, {
      recordId,
      volunteerId: 'vol-1',
      activityId,
      minutes: 60,
      ...extra,
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-org-'));
    store = new InMemoryEventStore();
    db = openReadModelDatabase(join(dir, 'live.sqlite'));
    runner = new ProjectionRunner(store, db, ORGANISATION_PROJECTIONS);
    await runner.start();
    await append(pilotStream('plt-1'), 'PilotCreated', {
      pilotId: 'plt-1',
      name: '中牟县试点',
      level: 'county',
      regionCode: '410122',
      fundedOn: '2026-03-01',
      endsOn: '2027-03-01',
      targets: county,
      targetsVersion: PILOT_TARGET_RULES.version,
      createdBy: 'acc-admin',
      createdAt: AT,
    });
  });

  afterEach(async () => {
    await runner.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const progress = (now: string) =>
    new PilotProgressReadModel(db).counts('plt-1', county.teams.minMembers, new Date(now), {
      fromMs: 0,
      untilMs: Number.MAX_SAFE_INTEGER,
    });

  const scheduleActivity = (activityId: string, endsAt: string, pilotId: string | null = 'plt-1') =>
    append(activityStream(activityId), 'ActivityScheduled', {
      activityId,
      projectId: 'prj-1',
      pilotId,
      title: '科普讲座',
      startsAt: '2026-03-05T09:00:00+08:00',
      endsAt,
      regionCode: '410122',
      stationId: null,
      campaigns: ['xueleifeng-2026'],
      scheduledBy: 'acc-admin',
      scheduledAt: AT,
    });

  it('a team counts with enough current members and a platform registration number', async () => {
    const team = (teamId: string, no: string | null) =>
      append(teamStream(teamId), 'TeamFormed', {
        teamId,
        name: teamId,
        regionCode: '410122',
        pilotId: 'plt-1',
        institution: { kind: 'university', name: '郑州大学' },
        platformRegistrationNo: no,
        formedBy: 'acc-admin',
        formedAt: AT,
      });
    const join = (teamId: string, volunteerId: string) =>
      append(teamStream(teamId), 'TeamMemberJoined', { teamId, volunteerId, joinedBy: 'a', joinedAt: AT });
    await team('tm-a', 'DMZY-1');
    await team('tm-b', null);
    for (let i = 0; i < 20; i++) {
      await join('tm-a', `vol-${i}`);
      await join('tm-b', `vol-${i}`);
    }
    expect(progress(AT).teams).toBe(1);

    await append(teamStream('tm-a'), 'TeamMemberExited', {
      teamId: 'tm-a',
      volunteerId: 'vol-3',
      reason: '毕业',
      exitedBy: 'a',
      exitedAt: AT,
    });
    expect(new OrganisationReadModel(db).findTeam('tm-a')?.member_count).toBe(19);
    expect(progress(AT).teams).toBe(0);

    await join('tm-a', 'vol-3');
    await append(teamStream('tm-b'), 'TeamPlatformRegistrationRecorded', {
      teamId: 'tm-b',
      platformRegistrationNo: 'DMZY-2',
      previousRegistrationNo: null,
      reason: null,
      recordedBy: 'a',
      recordedAt: AT,
    });
    expect(progress(AT).teams).toBe(2);
    expect(new OrganisationReadModel(db).findTeam('tm-b')).toMatchObject({
      member_count: 20,
      platform_registration_no: 'DMZY-2',
      revision: 21,
    });
  });

  it('a station counts only while all six musts hold; every project of the pilot counts', async () => {
    await append(stationStream('stn-1'), 'StationEstablished', {
      stationId: 'stn-1',
      name: '中牟县科技馆站',
      regionCode: '410122',
      pilotId: 'plt-1',
      venueType: 'science-museum',
      establishedBy: 'a',
      establishedAt: AT,
    });
    const checklist = (all: boolean) =>
      append(stationStream('stn-1'), 'StationChecklistUpdated', {
        stationId: 'stn-1',
        checklist: { site: true, team: true, project: true, facilities: true, rules: true, signage: all },
        meetsSixMusts: all,
        updatedBy: 'a',
        updatedAt: AT,
      });
    expect(progress(AT).stations).toBe(0);
    await checklist(true);
    expect(progress(AT).stations).toBe(1);
    await checklist(false);
    expect(progress(AT).stations).toBe(0);

    for (const [projectId, pilotId] of [
      ['prj-1', 'plt-1'],
      ['prj-2', 'plt-1'],
      ['prj-3', null],
    ]) {
      await append(projectStream(projectId!), 'ProjectCreated', {
        projectId,
        name: projectId,
        teamId: 'tm-a',
        regionCode: '410122',
        pilotId,
        field: 'health',
        createdBy: 'a',
        createdAt: AT,
      });
    }
    expect(progress(AT).projects).toBe(2);
  });

  it('an activity counts once it has ended (by the caller’s clock) and while it has a confirmed record', async () => {
    await scheduleActivity('act-1', '2026-03-05T11:30:00+08:00');
    await scheduleActivity('act-other', '2026-03-05T11:30:00+08:00', null);
    const after = '2026-03-05T03:30:00.000Z';
    const before = '2026-03-05T03:29:59.999Z';

    await service('ServiceRecorded', 'rec-1', 'act-1');
    expect(progress(after).activities).toBe(0);
    await service('ServiceConfirmed', 'rec-1', 'act-1');
    await service('ServiceRecorded', 'rec-x', 'act-other');
    await service('ServiceConfirmed', 'rec-x', 'act-other');
    expect(progress(before).activities).toBe(0);
    expect(progress(after).activities).toBe(1);

    // A second confirmed record, then a void of the first: still one confirmed.
    await service('ServiceRecorded', 'rec-2', 'act-1');
    await service('ServiceConfirmed', 'rec-2', 'act-1');
    await service('ServiceVoided', 'rec-1', 'act-1', { wasConfirmed: true, reason: '重复记录' });
    expect(new OrganisationReadModel(db).findActivity('act-1')?.confirmed_records).toBe(1);
    expect(progress(after).activities).toBe(1);

    // An organiser's correction returns the last one to pending: nothing confirmed any more.
    await service('ServiceCorrected', 'rec-2', 'act-1', {
      status: 'pending',
      wasConfirmed: true,
      reason: '时间有误',
    });
    expect(progress(after).activities).toBe(0);
    // Confirmed again after the correction.
    await service('ServiceConfirmed', 'rec-2', 'act-1');
    expect(progress(after).activities).toBe(1);
    // An administrator's correction keeps it confirmed.
    await service('ServiceCorrected', 'rec-2', 'act-1', {
      status: 'confirmed',
      wasConfirmed: true,
      reason: '更正',
    });
    expect(progress(after).activities).toBe(1);

    // A rejected or voided pending record never counted.
    await scheduleActivity('act-2', '2026-03-06T11:30:00+08:00');
    await service('ServiceRecorded', 'rec-3', 'act-2');
    await service('ServiceRejected', 'rec-3', 'act-2', { reason: '未到场' });
    await service('ServiceRecorded', 'rec-4', 'act-2');
    await service('ServiceVoided', 'rec-4', 'act-2', { wasConfirmed: false, reason: '录错' });
    expect(progress('2026-04-01T00:00:00Z').activities).toBe(1);
  });

  it('a rebuild from the log lands on the same tables as live updating', async () => {
    await append(teamStream('tm-a'), 'TeamFormed', {
      teamId: 'tm-a',
      name: '医疗队',
      regionCode: '410122',
      pilotId: 'plt-1',
      institution: { kind: 'medical', name: '中牟县人民医院' },
      platformRegistrationNo: null,
      formedBy: 'a',
      formedAt: AT,
    });
    for (const volunteerId of ['vol-1', 'vol-2', 'vol-1']) {
      await append(teamStream('tm-a'), 'TeamMemberJoined', {
        teamId: 'tm-a',
        volunteerId,
        joinedBy: 'a',
        joinedAt: AT,
      });
      if (volunteerId === 'vol-1')
        await append(teamStream('tm-a'), 'TeamMemberExited', {
          teamId: 'tm-a',
          volunteerId,
          reason: '调动',
          exitedBy: 'a',
          exitedAt: AT,
        });
    }
    await append(stationStream('stn-1'), 'StationEstablished', {
      stationId: 'stn-1',
      name: '公园站',
      regionCode: '410122',
      pilotId: 'plt-1',
      venueType: 'park',
      establishedBy: 'a',
      establishedAt: AT,
    });
    await append(stationStream('stn-1'), 'StationChecklistUpdated', {
      stationId: 'stn-1',
      checklist: { site: true, team: true, project: false, facilities: true, rules: true, signage: true },
      meetsSixMusts: false,
      updatedBy: 'a',
      updatedAt: AT,
    });
    await scheduleActivity('act-1', '2026-03-05T11:30:00+08:00');
    await service('ServiceRecorded', 'rec-1', 'act-1');
    await service('ServiceConfirmed', 'rec-1', 'act-1');
    await service('ServiceCorrected', 'rec-1', 'act-1', {
      status: 'pending',
      wasConfirmed: true,
      reason: 'x',
    });
    await service('ServiceConfirmed', 'rec-1', 'act-1');
    await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), ORGANISATION_PROJECTIONS);
    const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    expect(dumpTables(rebuilt, TABLES)).toEqual(dumpTables(db, TABLES));
    rebuilt.close();
  });
});
