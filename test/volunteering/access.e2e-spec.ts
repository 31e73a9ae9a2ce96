import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  partnerIn,
  headPosition,
  registerVolunteer,
  scheduleActivity,
  session,
  volunteerBody,
} from './support';

type Who =
  | 'admin-in'
  | 'admin-out'
  | 'organiser-in'
  | 'organiser-out'
  | 'auditor-in'
  | 'auditor-out'
  | 'volunteer-self'
  | 'volunteer-other'
  | 'partner';

const EVERYONE: Who[] = [
  'admin-in',
  'admin-out',
  'organiser-in',
  'organiser-out',
  'auditor-in',
  'auditor-out',
  'volunteer-self',
  'volunteer-other',
  'partner',
];

/**
 * Every volunteering endpoint against every kind of caller, in and out of the region (county
 * 410122 in, county 410181 out). Refused calls must write nothing.
 */
describe('access: roles × volunteering endpoints, in and out of region', () => {
  let t: TestApp;
  let admin: HttpClient;
  const as = {} as Record<Who, HttpClient>;
  let volunteerId: string;
  let activityId: string;
  let organiserIn: HttpClient;
  let hour = 0;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(new Date('2026-03-10T04:00:00Z')));
    admin = await t.admin();
    volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
    const otherVolunteer = (await registerVolunteer(admin, { regionCode: '410122' })).id;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
    const make = (role: string, region: string, extra: Record<string, string> = {}) =>
      accountClient(t, admin, role, region, extra).then((a) => a.client);
    as['admin-in'] = await make('admin', '410122');
    as['admin-out'] = await make('admin', '410181');
    as['organiser-in'] = await make('organiser', '410122');
    as['organiser-out'] = await make('organiser', '410181');
    as['auditor-in'] = await make('auditor', '410122');
    as['auditor-out'] = await make('auditor', '410181');
    as['volunteer-self'] = await make('volunteer', '410122', { volunteerId });
    as['volunteer-other'] = await make('volunteer', '410122', { volunteerId: otherVolunteer });
    as.partner = await make('partner', '410122', { partnerId: await partnerIn(admin) });
    organiserIn = as['organiser-in'];
  });
  afterAll(() => t.close());

  /** A fresh pending record, recorded by the organiser of the region, an hour apart from the others. */
  const pendingRecord = async (): Promise<string> => {
    hour++;
    const start = `${String(hour % 24).padStart(2, '0')}:00`;
    const day = `2026-03-${String(1 + Math.floor(hour / 24)).padStart(2, '0')}`;
    const response = await organiserIn.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session(start, 30, day),
      content: '讲解',
    });
    return response.body.id;
  };

  const cases: Array<{
    name: string;
    allowed: Who[];
    call: (client: HttpClient, subject: string) => Promise<{ status: number; body: any }>;
    subject?: () => Promise<string>;
    ok: number;
  }> = [
    {
      name: 'POST /volunteers',
      allowed: ['admin-in', 'organiser-in'],
      ok: 201,
      call: (c) => c.post('/api/v1/volunteers', volunteerBody({ regionCode: '410122' })),
    },
    ...['', '/summary', '/history', '/trainings', '/commendations', '/evaluations', '/service-records'].map(
      (path) => ({
        name: `GET /volunteers/{id}${path}`,
        allowed: ['admin-in', 'organiser-in', 'auditor-in', 'volunteer-self'] as Who[],
        ok: 200,
        call: (c: HttpClient) => c.get(`/api/v1/volunteers/${volunteerId}${path}`),
      }),
    ),
    {
      name: 'POST /volunteers/{id}/trainings',
      allowed: ['admin-in', 'organiser-in'],
      ok: 201,
      call: (c) =>
        c.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
          course: '培训',
          completedOn: '2026-03-01',
          minutes: 60,
        }),
    },
    {
      name: 'POST /volunteers/{id}/commendations',
      allowed: ['admin-in', 'organiser-in'],
      ok: 201,
      call: (c) =>
        c.post(`/api/v1/volunteers/${volunteerId}/commendations`, {
          title: '表彰',
          awardedBy: '县科协',
          awardedOn: '2026-01-01',
        }),
    },
    {
      name: 'POST /volunteers/{id}/evaluations',
      allowed: ['admin-in', 'organiser-in'],
      ok: 201,
      call: (c) =>
        c.post(`/api/v1/volunteers/${volunteerId}/evaluations`, { period: '2025', rating: 'good' }),
    },
    {
      name: 'POST /service-records',
      allowed: ['admin-in', 'organiser-in'],
      ok: 201,
      call: (c) => {
        hour++;
        return c.post('/api/v1/service-records', {
          volunteerId,
          activityId,
          ...session('08:00', 10, `2026-03-0${1 + (hour % 9)}`),
          content: 'x',
        });
      },
    },
    {
      name: 'POST /service-records/bulk',
      allowed: ['admin-in', 'organiser-in'],
      ok: 201,
      call: (c) =>
        c.post('/api/v1/service-records/bulk', {
          activityId,
          entries: [{ volunteerId, ...session('08:00', 10, '2026-03-02'), content: 'x' }],
        }),
    },
    {
      name: 'GET /service-records/{id}',
      allowed: ['admin-in', 'organiser-in', 'auditor-in', 'volunteer-self'],
      ok: 200,
      subject: pendingRecord,
      call: (c, id) => c.get(`/api/v1/service-records/${id}`),
    },
    {
      name: 'POST /service-records/{id}/confirm',
      allowed: ['admin-in'],
      ok: 200,
      subject: pendingRecord,
      call: (c, id) => c.post(`/api/v1/service-records/${id}/confirm`),
    },
    {
      name: 'POST /service-records/{id}/reject',
      allowed: ['admin-in'],
      ok: 200,
      subject: pendingRecord,
      call: (c, id) => c.post(`/api/v1/service-records/${id}/reject`, { reason: '不符' }),
    },
    {
      name: 'POST /service-records/{id}/void',
      allowed: ['admin-in'],
      ok: 200,
      subject: pendingRecord,
      call: (c, id) => c.post(`/api/v1/service-records/${id}/void`, { reason: '重复' }),
    },
    {
      name: 'POST /service-records/{id}/corrections',
      allowed: ['admin-in', 'organiser-in'],
      ok: 200,
      subject: pendingRecord,
      call: (c, id) => {
        hour++;
        return c.post(`/api/v1/service-records/${id}/corrections`, {
          ...session('06:00', 5 + hour, '2026-03-09'),
          reason: '更正',
        });
      },
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const subject = c.subject ? await c.subject() : '';
    const before = await headPosition(t);
    for (const who of EVERYONE.filter((w) => !c.allowed.includes(w))) {
      const response = await c.call(as[who], subject);
      expect({ who, status: response.status }).toEqual({ who, status: 403 });
      expectProblem(response as never, 403, 'FORBIDDEN');
    }
    expect(await headPosition(t)).toBe(before);
    for (const who of c.allowed) {
      // Each allowed writer acts on a record of its own; readers share one.
      const target = c.subject && !c.name.startsWith('GET') ? await c.subject() : subject;
      const response = await c.call(as[who], target);
      expect({ who, status: response.status }).toEqual({ who, status: c.ok });
    }
  });

  it('POST /volunteers/{id}/forget: administrators of the region only', async () => {
    const before = await headPosition(t);
    for (const who of EVERYONE.filter((w) => w !== 'admin-in')) {
      const response = await as[who].post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: '本人申请' });
      expect({ who, status: response.status }).toEqual({ who, status: 403 });
    }
    expect(await headPosition(t)).toBe(before);
    expect(
      (await as['admin-in'].post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: '本人申请' })).status,
    ).toBe(200);
  });

  it('no token is 401 on every endpoint', async () => {
    for (const [method, path] of [
      ['POST', '/api/v1/volunteers'],
      ['GET', `/api/v1/volunteers/${volunteerId}`],
      ['GET', `/api/v1/volunteers/${volunteerId}/summary`],
      ['POST', '/api/v1/service-records'],
      ['POST', '/api/v1/service-records/bulk'],
      ['GET', '/api/v1/service-records/rec-000000000000000000000000'],
      ['POST', '/api/v1/service-records/rec-000000000000000000000000/confirm'],
    ]) {
      expectProblem(
        await t.http.request(method, path, method === 'POST' ? {} : undefined),
        401,
        'UNAUTHENTICATED',
      );
    }
  });
});
