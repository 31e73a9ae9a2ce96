/**
 * What the certificate lines need on the real ledger, made over HTTP before any measuring: an
 * administrator and an organiser of 中牟县, a registered issuer for 中牟县, and one volunteer of 中牟县
 * with BENCH_RECORDS confirmed service records spread over several activities.
 */
import { residentIdCheckCharacter } from '@ledger/domain';
import { Client, inParallel, shanghai } from '../api/ledger-fixture';
import { ADMIN_PASSWORD } from '../api/servers';
import { progress, secondsSince } from '../bench-facts';

const COUNTY = '410122'; // 中牟县
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A session lasts an hour and one starts every two hours: twelve a day, never overlapping. */
const SESSION_MINUTES = 60;
const SESSION_EVERY = 2 * HOUR;
/** An activity lasts at most 31 days: each holds 30 days of sessions. */
const ACTIVITY_DAYS = 30;
const SESSIONS_PER_ACTIVITY = (ACTIVITY_DAYS * DAY) / SESSION_EVERY;
const BULK_MAX = 500;

export interface CertificateFixture {
  /** Administrator of 中牟县: confirms the records and issues the certificates. */
  readonly countyAdmin: Client;
  readonly issuerId: string;
  readonly volunteerId: string;
  readonly records: number;
  readonly activities: number;
  /** Confirmations answered 409 (a concurrent write to the volunteer's stream) and sent again. */
  readonly confirmConflicts: number;
}

function resident() {
  const first17 = `${COUNTY}19900315001`;
  return {
    name: '王建国',
    idType: 'resident-id',
    idNumber: first17 + residentIdCheckCharacter(first17),
    phone: '13700000001',
    regionCode: COUNTY,
    consent: true,
  };
}

export async function prepareCertificates(
  baseUrl: string,
  records: number,
  log: (line: string) => void,
): Promise<CertificateFixture> {
  const started = Date.now();
  const anonymous = new Client(baseUrl);
  const admin = await anonymous.signIn('admin', ADMIN_PASSWORD);
  const account = async (username: string, role: string) => {
    const password = `${username}-password`;
    await admin.ok('POST', '/api/v1/accounts', { username, password, role, regionCode: COUNTY });
    return anonymous.signIn(username, password);
  };
  const organiser = await account('bench.organiser', 'organiser');
  const countyAdmin = await account('bench.county-admin', 'admin');
  const issuer = await admin.ok('POST', '/api/v1/issuers', {
    name: '中牟县科学技术协会',
    regionCode: COUNTY,
    personInCharge: '张主任',
    handler: '李经办',
    contact: '0371-62188888',
  });
  const team = await admin.ok('POST', '/api/v1/teams', {
    name: '郑州大学科技志愿服务队',
    regionCode: COUNTY,
    institution: { kind: 'university', name: '郑州大学' },
  });
  const project = await admin.ok('POST', '/api/v1/projects', {
    name: '乡村振兴科技服务行',
    teamId: team.id,
    regionCode: COUNTY,
    field: 'rural-revitalization',
  });
  const volunteer = await countyAdmin.ok('POST', '/api/v1/volunteers', resident());
  log(
    `  accounts, issuer ${issuer.id}, team, project and volunteer ${volunteer.id} (${secondsSince(started)})`,
  );

  // Activities of 30 days each, back to back, the latest ending an hour before the last full hour:
  // every session lies inside its activity and in the past.
  const activityCount = Math.ceil(records / SESSIONS_PER_ACTIVITY);
  const latestEnd = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  const activities: { id: string; start: number }[] = [];
  for (let a = 0; a < activityCount; a++) {
    const end = latestEnd - a * ACTIVITY_DAYS * DAY;
    const start = end - ACTIVITY_DAYS * DAY;
    const activity = await admin.ok('POST', '/api/v1/activities', {
      projectId: project.id,
      title: `学雷锋科普进社区（第${a + 1}期）`,
      startsAt: shanghai(start),
      endsAt: shanghai(end),
      regionCode: COUNTY,
    });
    activities.push({ id: activity.id as string, start });
  }
  log(`  ${activityCount} activities of ${ACTIVITY_DAYS} days (${secondsSince(started)})`);

  // Session k: activity ⌊k / per activity⌋, slot k mod per activity of it; bulk requests never mix
  // activities.
  const batches: { activityId: string; entries: object[] }[] = [];
  for (let a = 0; a < activityCount; a++) {
    const count = Math.min(SESSIONS_PER_ACTIVITY, records - a * SESSIONS_PER_ACTIVITY);
    for (let first = 0; first < count; first += BULK_MAX) {
      const entries = [];
      for (let slot = first; slot < Math.min(count, first + BULK_MAX); slot++) {
        const begin = activities[a].start + slot * SESSION_EVERY;
        entries.push({
          volunteerId: volunteer.id,
          startedAt: shanghai(begin),
          endedAt: shanghai(begin + SESSION_MINUTES * MINUTE),
          content: '社区科普讲座：防范电信诈骗',
        });
      }
      batches.push({ activityId: activities[a].id, entries });
    }
  }
  // One volunteer's stream: one bulk request at a time.
  const recorded = progress(log, 'sessions recorded (bulk, ≤500 a request)', batches.length);
  const recordIds: string[] = [];
  for (const batch of batches) {
    const result = await organiser.ok('POST', '/api/v1/service-records/bulk', batch);
    if (result.failed)
      throw new Error(
        `bulk recording refused ${result.failed} entries: ${JSON.stringify(result.results).slice(0, 500)}`,
      );
    recordIds.push(...(result.results as { record: { id: string } }[]).map((r) => r.record.id));
    recorded.step();
  }
  const confirmed = progress(log, 'records confirmed by the county administrator', recordIds.length);
  let conflicts = 0;
  await inParallel(recordIds.length, 4, async (i) => {
    // All records are of one volunteer's stream: a confirmation may lose the race (409) and is sent again.
    for (let attempt = 1; ; attempt++) {
      const answer = await countyAdmin.send('POST', `/api/v1/service-records/${recordIds[i]}/confirm`);
      if (answer.status === 200 || answer.status === 201) break;
      if (answer.status !== 409 || attempt >= 20)
        throw new Error(`confirm ${recordIds[i]}: ${answer.status} ${JSON.stringify(answer.body)}`);
      conflicts++;
    }
    confirmed.step();
  });
  if (conflicts) log(`  confirmations sent again after a 409: ${conflicts.toLocaleString('en-US')}`);
  return {
    countyAdmin,
    issuerId: issuer.id as string,
    volunteerId: volunteer.id as string,
    records: recordIds.length,
    activities: activityCount,
    confirmConflicts: conflicts,
  };
}
