import { ManualClock } from '@ledger/application';
import type { Browser } from 'playwright-core';
import { DateTime } from 'luxon';
import {
  ALL_MUSTS,
  activityBody,
  created,
  pilotBody,
  projectBody,
  stationBody,
  teamBody,
} from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import { accountClient, registerVolunteer } from '../volunteering/support';
import { DESKTOP, openPage, type WatchedPage } from './browser';

const ZONE = 'Asia/Shanghai';
const COUNTY = '410122';

export interface Person {
  readonly username: string;
  readonly password: string;
  readonly client: HttpClient;
}

/**
 * A county pilot as the console's three kinds of user find it: 中牟县 with its pilot, a team, a
 * project, a station, an activity of the last weeks; a volunteer with two confirmed hours (two
 * stars under the pilot's own rule set, 20 points) and an account; a partner venue with a 10-point
 * benefit and an account; pending records for the county administrator, one of which it recorded
 * itself; an issuer for certificates. The server's clock is a manual one set to the tests' fixed
 * "now" (never the real date), so a round's notice period can be made to pass.
 */
export interface WebWorld {
  readonly t: TestApp;
  readonly clock: ManualClock;
  readonly baseUrl: string;
  readonly province: HttpClient;
  readonly countyAdmin: Person;
  readonly organiser: Person;
  readonly volunteer: Person & { readonly volunteerId: string; readonly name: string };
  readonly familyMemberId: string;
  readonly venue: Person & { readonly partnerId: string; readonly benefitId: string };
  readonly pilotId: string;
  readonly activityId: string;
  readonly ruleSetId: string;
  /** Recorded by the organiser: the county administrator may confirm it. */
  readonly pendingRecordId: string;
  /** Recorded by the county administrator itself: confirming it is SELF_CONFIRMATION. */
  readonly selfRecordedId: string;
  /** A watched page of the console whose browser clock starts at the ledger's "now". */
  open(browser: Browser, viewport?: { width: number; height: number }): Promise<WatchedPage>;
}

async function person(t: TestApp, province: HttpClient, role: string, extra: Record<string, string> = {}) {
  const account = await accountClient(t, province, role, COUNTY, extra);
  return { username: account.username, password: `${account.username}-password`, client: account.client };
}

export async function startWebWorld(): Promise<WebWorld> {
  const clock = new ManualClock(new Date(TEST_NOW));
  const t = await startTestApp({}, undefined, clock);
  const province = await t.admin();
  const countyAdmin = await person(t, province, 'admin');
  const organiser = await person(t, province, 'organiser');
  const today = DateTime.fromJSDate(clock.now()).setZone(ZONE).startOf('day');
  const day = (offset: number, time: string) =>
    DateTime.fromISO(`${today.plus({ days: offset }).toISODate()}T${time}:00`, { zone: ZONE }).toISO({
      suppressMilliseconds: true,
    })!;

  const admin = countyAdmin.client;
  const pilot = created(
    await admin.post('/api/v1/pilots', pilotBody({ fundedOn: today.minus({ days: 60 }).toISODate() })),
  );
  const team = created(await admin.post('/api/v1/teams', teamBody({ pilotId: pilot.id })));
  const project = created(await admin.post('/api/v1/projects', projectBody(team.id, { pilotId: pilot.id })));
  const station = created(await admin.post('/api/v1/stations', stationBody({ pilotId: pilot.id })));
  await admin.put(`/api/v1/stations/${station.id}/checklist`, ALL_MUSTS);
  const activity = created(
    await admin.post(
      '/api/v1/activities',
      activityBody(project.id, {
        title: '科技馆周末科普讲解',
        startsAt: day(-20, '08:00'),
        endsAt: day(-1, '20:00'),
        stationId: station.id,
      }),
    ),
  );
  created(
    await province.post('/api/v1/issuers', {
      name: '中牟县科学技术协会',
      regionCode: COUNTY,
      personInCharge: '李建国',
      handler: '王晓燕',
      contact: '0371-62100000',
    }),
  );
  const ruleSet = created(
    await province.post('/api/v1/rule-sets', {
      name: '试点星级标准（小时数缩小）',
      thresholdsHours: [1, 2, 3, 4, 5],
      window: 'cumulative',
      noticeWorkingDays: 5,
    }),
  );

  const record = async (recorder: HttpClient, volunteerId: string, offset: number, minutes: number) => {
    const startedAt = day(offset, '09:00');
    const endedAt = DateTime.fromISO(startedAt).plus({ minutes }).toISO({ suppressMilliseconds: true })!;
    const answer = created(
      await recorder.post('/api/v1/service-records', {
        volunteerId,
        activityId: activity.id,
        startedAt,
        endedAt,
        content: '展厅科普讲解',
      }),
    );
    return answer.id as string;
  };

  const name = '张明华';
  const volunteerId = (await registerVolunteer(province, { regionCode: COUNTY, name })).id;
  for (const offset of [-10, -9]) {
    const id = await record(organiser.client, volunteerId, offset, 60);
    expectOk(await admin.post(`/api/v1/service-records/${id}/confirm`), 'confirm');
  }
  const pendingRecordId = await record(organiser.client, volunteerId, -5, 30);
  const familyMemberId = (await registerVolunteer(province, { regionCode: COUNTY, name: '张建军' })).id;
  const selfRecordedId = await record(admin, familyMemberId, -4, 45);
  expectOk(
    await admin.post(`/api/v1/volunteers/${volunteerId}/family`, {
      volunteerId: familyMemberId,
      relation: 'parent',
    }),
    'family',
  );
  const volunteer = await person(t, province, 'volunteer', { volunteerId });

  const partner = created(
    await admin.post('/api/v1/partners', {
      name: '中牟县科技馆',
      regionCode: COUNTY,
      venueType: 'science-museum',
    }),
  );
  const benefit = created(
    await admin.post(`/api/v1/partners/${partner.id}/benefits`, {
      title: '科技馆特展门票一张',
      pointsCost: 10,
      minStarLevel: 0,
      stock: 20,
      perVolunteerLimit: 2,
      validFrom: today.minus({ days: 1 }).toISODate(),
      validTo: today.plus({ days: 365 }).toISODate(),
    }),
  );
  const venue = await person(t, province, 'partner', { partnerId: partner.id });

  return {
    t,
    clock,
    baseUrl: t.http.baseUrl,
    province,
    countyAdmin,
    organiser,
    volunteer: { ...volunteer, volunteerId, name },
    familyMemberId,
    venue: { ...venue, partnerId: partner.id, benefitId: benefit.id },
    pilotId: pilot.id,
    activityId: activity.id,
    ruleSetId: ruleSet.id,
    pendingRecordId,
    selfRecordedId,
    open: (browser, viewport = DESKTOP) => openPage(browser, t.http.baseUrl, viewport, clock.now()),
  };
}

function expectOk(response: { status: number; body: unknown }, what: string): void {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}
