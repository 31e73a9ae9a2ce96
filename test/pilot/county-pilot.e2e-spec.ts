import { ManualClock } from '@ledger/application';
import {
  ALL_MUSTS,
  created,
  registerVolunteers,
  signInAs,
  ZHENGZHOU,
  ZHONGMU,
} from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A county pilot of the provincial plan, 中牟县 (410122) in 郑州市, taken from nothing to every target
 * met through the public API only, the way the county runs it: the county administrator sets up the
 * pilot, teams, projects and stations; the organiser registers volunteers, keeps the rosters,
 * schedules activities and records who served; the administrator (never the recorder) confirms.
 * Every figure is read from GET /pilots/{id}/progress and nowhere else.
 */
describe('a county pilot from nothing to every target met', () => {
  const clock = new ManualClock(new Date('2026-03-01T09:00:00+08:00'));
  let t: TestApp;
  let province: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let cityAuditor: HttpClient;
  let pilotId: string;
  let volunteers: string[];
  const teams: Record<'zzu' | 'hospital', string> = { zzu: '', hospital: '' };
  const projects: Record<'garlic' | 'health', string> = { garlic: '', health: '' };
  const stations: Record<'museum' | 'township', string> = { museum: '', township: '' };
  type Activity = { id: string; startsAt: string; endsAt: string };
  /** Activities held (ended) by 20 March, and one still running then. */
  const held: Activity[] = [];
  let exhibition: Activity;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    province = await t.admin();
    countyAdmin = await signInAs(t, province, 'zhongmu.admin', 'admin', ZHONGMU);
    organiser = await signInAs(t, province, 'zhongmu.organiser', 'organiser', ZHONGMU);
    cityAuditor = await signInAs(t, province, 'zhengzhou.auditor', 'auditor', ZHENGZHOU);
  });
  afterAll(() => t.close());

  const progress = async () => {
    const response = await countyAdmin.get(`/api/v1/pilots/${pilotId}/progress`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const behindOn = (body: { behind: { target: string }[] }) => body.behind.map((b) => b.target);
  const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
  const schedule = async (
    project: keyof typeof projects,
    title: string,
    startsAt: string,
    endsAt: string,
    station?: keyof typeof stations,
  ) => {
    const body = created(
      await organiser.post('/api/v1/activities', {
        projectId: projects[project],
        title,
        startsAt,
        endsAt,
        regionCode: ZHONGMU,
        ...(station ? { stationId: stations[station] } : {}),
      }),
    );
    return { id: body.id as string, startsAt, endsAt, campaigns: body.campaigns as { id: string }[] };
  };
  /** The organiser records that a volunteer served from `startedAt` to `endedAt` in an activity. */
  const record = async (activityId: string, volunteerId: string, startedAt: string, endedAt: string) =>
    organiser.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      startedAt,
      endedAt,
      content: '科普讲解与现场咨询',
    });
  const confirm = (recordId: string) => countyAdmin.post(`/api/v1/service-records/${recordId}/confirm`);
  const activitiesCounted = async () => (await progress()).targets.activities;

  it('a new county pilot has the county targets, none met, and 365 days to go', async () => {
    const pilot = created(
      await countyAdmin.post('/api/v1/pilots', {
        name: '中牟县科技志愿服务体系建设试点',
        level: 'county',
        regionCode: ZHONGMU,
        fundedOn: '2026-03-01',
      }),
    );
    pilotId = pilot.id;
    expect(pilot).toMatchObject({
      endsOn: '2027-03-01',
      targets: {
        teams: { required: 2, minMembers: 20 },
        projects: { required: 2 },
        activities: { required: 10 },
        stations: { required: 2 },
      },
    });
    expect(await progress()).toEqual({
      pilotId,
      level: 'county',
      regionCode: ZHONGMU,
      fundedOn: '2026-03-01',
      endsOn: '2027-03-01',
      asOf: '2026-03-01',
      daysLeft: 365,
      ended: false,
      met: false,
      targets: {
        teams: { required: 2, minMembers: 20, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
        projects: { required: 2, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
        activities: { required: 10, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
        stations: { required: 2, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
      },
      behind: [
        { target: 'teams', required: 2, actual: 0, missing: 2 },
        { target: 'projects', required: 2, actual: 0, missing: 2 },
        { target: 'activities', required: 10, actual: 0, missing: 10 },
        { target: 'stations', required: 2, actual: 0, missing: 2 },
      ],
      behindPlan: [], // nothing is due on the funding day
      needs: { received: 0, fulfilled: 0, overdue: 0, averageRating: null },
    });
  });

  it('the organiser registers 40 residents of the county as volunteers', async () => {
    volunteers = await registerVolunteers(organiser, 40);
    expect(new Set(volunteers).size).toBe(40);
    const first = await organiser.get(`/api/v1/volunteers/${volunteers[0]}`);
    expect(first.body).toMatchObject({
      regionCode: ZHONGMU,
      status: 'active',
      volunteerNo: expect.stringMatching(/^410122-2026-0000\d\d$/),
      idNumberMasked: expect.stringMatching(/^4101\*{10}\d{3}[\dX]$/),
      phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/),
    });
  });

  it('a team counts with 20 current members and its 大美志愿 number: 19 is not enough, nor 20 without the number', async () => {
    teams.zzu = created(
      await countyAdmin.post('/api/v1/teams', {
        name: '郑州大学中牟科技志愿服务队',
        regionCode: ZHONGMU,
        pilotId,
        institution: { kind: 'university', name: '郑州大学' },
        platformRegistrationNo: 'DMZY-410122-0001',
      }),
    ).id;
    teams.hospital = created(
      await countyAdmin.post('/api/v1/teams', {
        name: '中牟县人民医院医疗科技志愿服务队',
        regionCode: ZHONGMU,
        pilotId,
        institution: { kind: 'medical', name: '中牟县人民医院' },
      }),
    ).id;
    const join = async (teamId: string, members: string[]) => {
      for (const volunteerId of members)
        created(await organiser.post(`/api/v1/teams/${teamId}/members`, { volunteerId }));
    };

    await join(teams.zzu, volunteers.slice(0, 19));
    let now = await progress();
    expect(now.targets.teams).toMatchObject({ required: 2, minMembers: 20, actual: 0, met: false });
    expect(now.behind[0]).toEqual({ target: 'teams', required: 2, actual: 0, missing: 2 });

    await join(teams.zzu, volunteers.slice(19, 20));
    expect((await countyAdmin.get(`/api/v1/teams/${teams.zzu}`)).body.memberCount).toBe(20);
    now = await progress();
    expect(now.targets.teams).toMatchObject({ required: 2, minMembers: 20, actual: 1, met: false });
    expect(now.behind[0]).toEqual({ target: 'teams', required: 2, actual: 1, missing: 1 });

    await join(teams.hospital, volunteers.slice(20, 40));
    expect((await progress()).targets.teams.actual).toBe(1);

    const registration = await countyAdmin.put(`/api/v1/teams/${teams.hospital}/platform-registration`, {
      platformRegistrationNo: 'DMZY-410122-0002',
    });
    expect(registration.status).toBe(200);
    now = await progress();
    expect(now.targets.teams).toMatchObject({ required: 2, minMembers: 20, actual: 2, met: true });
    expect(behindOn(now)).toEqual(['projects', 'activities', 'stations']);
    expect(now.met).toBe(false);
  });

  it('each project of the pilot counts', async () => {
    projects.garlic = created(
      await countyAdmin.post('/api/v1/projects', {
        name: '大蒜种植技术田间课堂',
        teamId: teams.zzu,
        regionCode: ZHONGMU,
        pilotId,
        field: 'rural-revitalization',
      }),
    ).id;
    expect((await progress()).targets.projects).toMatchObject({ required: 2, actual: 1, met: false });

    projects.health = created(
      await countyAdmin.post('/api/v1/projects', {
        name: '健康科普进乡村',
        teamId: teams.hospital,
        regionCode: ZHONGMU,
        pilotId,
        field: 'health',
      }),
    ).id;
    const now = await progress();
    expect(now.targets.projects).toMatchObject({ required: 2, actual: 2, met: true });
    expect(behindOn(now)).toEqual(['activities', 'stations']);
  });

  it('a station counts once all six musts hold', async () => {
    stations.museum = created(
      await countyAdmin.post('/api/v1/stations', {
        name: '中牟县科技馆科技志愿服务站',
        regionCode: ZHONGMU,
        pilotId,
        venueType: 'science-museum',
      }),
    ).id;
    stations.township = created(
      await countyAdmin.post('/api/v1/stations', {
        name: '官渡镇党群服务中心科技志愿服务站',
        regionCode: ZHONGMU,
        pilotId,
        venueType: 'community-centre',
      }),
    ).id;
    const assess = (stationId: string, checklist: object, revision: number) =>
      countyAdmin.put(`/api/v1/stations/${stationId}/checklist`, checklist, {
        'if-match': `"${revision}"`,
      });

    expect((await assess(stations.museum, ALL_MUSTS, 0)).body.meetsSixMusts).toBe(true);
    expect((await assess(stations.township, { ...ALL_MUSTS, signage: false }, 0)).body.meetsSixMusts).toBe(
      false,
    );
    expect((await progress()).targets.stations).toMatchObject({ required: 2, actual: 1, met: false });

    expect((await assess(stations.township, ALL_MUSTS, 1)).body.meetsSixMusts).toBe(true);
    const now = await progress();
    expect(now.targets.stations).toMatchObject({ required: 2, actual: 2, met: true });
    expect(behindOn(now)).toEqual(['activities']);
    expect(now.met).toBe(false);
  });

  it('nine activities held in March, and a spring exhibition still running, count for nothing without records', async () => {
    clock.set('2026-03-20T18:00:00+08:00');
    const past: Array<[keyof typeof projects, string, string, string, string, (keyof typeof stations)?]> = [
      ['health', '学雷锋志愿服务周：家庭急救知识培训', '2026-03-02', '09:00', '11:30', 'township'],
      ['garlic', '大蒜种植技术田间课堂（第一期）', '2026-03-03', '14:00', '16:30'],
      ['health', '学雷锋日：义诊与健康科普', '2026-03-05', '09:00', '12:00', 'township'],
      ['garlic', '农村电商直播带货培训', '2026-03-07', '09:00', '11:00'],
      ['health', '青少年健康生活方式科普课', '2026-03-10', '15:00', '17:00', 'museum'],
      ['garlic', '植树节：林果病虫害防治讲座', '2026-03-12', '09:00', '11:30'],
      ['health', '老年人慢病防治讲座', '2026-03-14', '09:00', '11:00', 'township'],
      ['garlic', '大蒜种植技术田间课堂（第二期）', '2026-03-17', '14:00', '16:00'],
      ['health', '防范电信诈骗与健康谣言科普', '2026-03-19', '09:00', '11:00', 'museum'],
    ];
    for (const [project, title, date, from, to, station] of past) {
      const activity = await schedule(project, title, at(date, from), at(date, to), station);
      held.push(activity);
      if (date === '2026-03-05') expect(activity.campaigns.map((c) => c.id)).toContain('xueleifeng-2026');
    }
    exhibition = await schedule(
      'health',
      '中牟县科技馆春季健康科普展',
      at('2026-03-18', '09:00'),
      at('2026-03-25', '17:00'),
      'museum',
    );

    const now = await progress();
    expect(now.targets.activities).toMatchObject({ required: 10, actual: 0, met: false });
    expect(now.behind).toEqual([{ target: 'activities', required: 10, actual: 0, missing: 10 }]);
    expect(now).toMatchObject({ asOf: '2026-03-20', daysLeft: 346, met: false });
  });

  it('a held activity counts once a record of it is confirmed by an administrator who did not record it', async () => {
    const pending = await Promise.all(
      held.map(async (activity, i) => {
        const response = await record(activity.id, volunteers[i], activity.startsAt, activity.endsAt);
        expect(response.status).toBe(201);
        expect(response.body.status).toBe('pending');
        return response.body.id as string;
      }),
    );
    expect(await activitiesCounted()).toMatchObject({ required: 10, actual: 0, met: false });

    expectProblem(await organiser.post(`/api/v1/service-records/${pending[0]}/confirm`), 403, 'FORBIDDEN');
    expect(await activitiesCounted()).toMatchObject({ required: 10, actual: 0, met: false });

    for (const [i, recordId] of pending.slice(0, 8).entries()) {
      const confirmed = await confirm(recordId);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.status).toBe('confirmed');
      expect(confirmed.body.history.at(-1).by).not.toBe(confirmed.body.recordedBy);
      expect((await activitiesCounted()).actual).toBe(i + 1);
    }

    // The last held activity's only record is refused: it stays uncounted until a good one is confirmed.
    const rejected = await countyAdmin.post(`/api/v1/service-records/${pending[8]}/reject`, {
      reason: '签到表与服务时长不符',
    });
    expect(rejected.status).toBe(200);
    expect((await activitiesCounted()).actual).toBe(8);
    const last = held[8];
    const replacement = await record(last.id, volunteers[28], last.startsAt, last.endsAt);
    expect((await confirm(replacement.body.id)).status).toBe(200);
    expect(await activitiesCounted()).toMatchObject({ required: 10, actual: 9, met: false });
  });

  it('an activity that has not ended does not count, even with a confirmed record, until its end', async () => {
    expectProblem(
      await record(exhibition.id, volunteers[30], at('2026-03-21', '09:00'), at('2026-03-21', '12:00')),
      422,
      'SERVICE_IN_FUTURE',
    );
    const served = await record(
      exhibition.id,
      volunteers[30],
      at('2026-03-19', '13:30'),
      at('2026-03-19', '17:00'),
    );
    expect(served.status).toBe(201);
    expect((await confirm(served.body.id)).body.status).toBe('confirmed');
    let now = await progress();
    expect(now.targets.activities).toMatchObject({ required: 10, actual: 9, met: false });
    expect(now.behind).toEqual([{ target: 'activities', required: 10, actual: 9, missing: 1 }]);
    expect(now.met).toBe(false);

    clock.set('2026-03-25T16:59:00+08:00');
    expect(await activitiesCounted()).toMatchObject({ required: 10, actual: 9, met: false });

    clock.set('2026-03-25T17:00:00+08:00');
    now = await progress();
    expect(now.targets.activities).toMatchObject({ required: 10, actual: 10, met: true });
    expect(now.met).toBe(true);
  });

  it('every target is met, with the days left from the clock; the city sees the same figures', async () => {
    clock.set('2026-03-26T09:00:00+08:00');
    const now = await progress();
    expect(now).toEqual({
      pilotId,
      level: 'county',
      regionCode: ZHONGMU,
      fundedOn: '2026-03-01',
      endsOn: '2027-03-01',
      asOf: '2026-03-26',
      daysLeft: 340,
      ended: false,
      met: true,
      targets: {
        teams: { required: 2, minMembers: 20, actual: 2, met: true, plannedByToday: 0, behindPlan: false },
        projects: { required: 2, actual: 2, met: true, plannedByToday: 0, behindPlan: false },
        activities: { required: 10, actual: 10, met: true, plannedByToday: 0, behindPlan: false },
        stations: { required: 2, actual: 2, met: true, plannedByToday: 0, behindPlan: false },
      },
      behind: [],
      behindPlan: [],
      needs: { received: 0, fulfilled: 0, overdue: 0, averageRating: null },
    });
    const city = await cityAuditor.get(`/api/v1/pilots/${pilotId}/progress`);
    expect(city.status).toBe(200);
    expect(city.body).toEqual(now);
  });
});
