import { rmSync } from 'node:fs';
import { ManualClock } from '@ledger/application';
import { DEMO_PILOTS } from '../../apps/cli/src/demo/demo-plan';
import { runCli } from '../support/cli-process';
import { DEMO_PASSWORD, DEMO_TEST_TIMEOUT_MS, demoLedger } from '../support/demo-ledger';
import { TEST_NOW } from '../support/test-clock';
import { startTestApp, temporaryDataDir } from '../support/test-app';

describe('npm run cli -- demo', () => {
  let dataDir: string | undefined;
  afterAll(() => dataDir && rmSync(dataDir, { recursive: true, force: true }));

  it(
    'fills an empty ledger with a city and a county pilot in the partial progress the plan describes',
    async () => {
      // Made once for the run on the tests' fixed date (LEDGER_CLOCK_START), and copied here.
      const demo = await demoLedger();
      dataDir = demo.dataDir;
      expect(demo.stderr).not.toMatch(/Error/);
      expect(demo.code).toBe(0);
      const pilotIds = [...demo.stdout.matchAll(/GET \/api\/v1\/pilots\/(plt-[0-9a-f]+)\/progress/g)].map(
        (m) => m[1],
      );
      expect(pilotIds).toHaveLength(DEMO_PILOTS.length);

      const t = await startTestApp({}, dataDir, new ManualClock(new Date(TEST_NOW)));
      try {
        const auditor = await t.http.signIn('henan.auditor', DEMO_PASSWORD);
        for (const [i, plan] of DEMO_PILOTS.entries()) {
          const progress = (await auditor.get(`/api/v1/pilots/${pilotIds[i]}/progress`)).body;
          const minMembers = progress.targets.teams.minMembers;
          expect(progress).toMatchObject({ level: plan.level, regionCode: plan.regionCode, met: false });
          expect(progress.targets.teams.actual).toBe(
            plan.teams.filter((team) => team.members >= minMembers && team.platformRegistrationNo).length,
          );
          expect(progress.targets.projects.actual).toBe(plan.projects.length);
          expect(progress.targets.stations.actual).toBe(plan.stations.filter((s) => s.musts === 6).length);
          // The county has one more: the activity that served a need of the public.
          expect(progress.targets.activities.actual).toBe(
            plan.activities.confirmed + (plan.level === 'county' ? 1 : 0),
          );
          expect(progress.behind.length).toBeGreaterThan(0);
        }

        const volunteer = await t.http.signIn('volunteer.demo', DEMO_PASSWORD);
        const volunteerId = /志愿者本人 \((vol-[0-9a-f]+)\)/.exec(demo.stdout)![1];
        const summary = (await volunteer.get(`/api/v1/volunteers/${volunteerId}/summary`)).body;
        expect(summary.confirmedMinutes).toBeGreaterThan(0);
        // Confirmed service earned points and filled the time bank, the way the rules say.
        expect(summary.points.earned).toBeGreaterThan(0);
        expect(summary.timeBank.balanceMinutes).toBe(summary.confirmedMinutes);

        // A partner venue with benefits, and its account, so redemptions can be tried at once.
        const venue = await t.http.signIn('zhongmu.venue', DEMO_PASSWORD);
        const benefitIds = [...demo.stdout.matchAll(/GET \/api\/v1\/benefits\/(ben-[0-9a-f]+)/g)].map(
          (m) => m[1],
        );
        expect(benefitIds).toHaveLength(2);
        for (const id of benefitIds) {
          expect((await venue.get(`/api/v1/benefits/${id}`)).body).toMatchObject({
            id,
            held: 0,
            captured: 0,
          });
        }

        // Something real for the console's every role: a certificate that verifies, a family to give hours
        // to, and a star round waiting for its notice to end.
        const number = /certificate of volunteer\.demo: (\S+)/.exec(demo.stdout)![1];
        expect((await t.http.get(`/api/v1/verify/${number}`)).body).toMatchObject({
          valid: true,
          status: 'valid',
        });
        const family = (await volunteer.get(`/api/v1/volunteers/${volunteerId}/family`)).body;
        expect(family.items).toHaveLength(1);
        const [, roundId, candidates] = /star round of 410122: (srd-[0-9a-f]+), (\d+) candidates/.exec(
          demo.stdout,
        )!;
        expect(Number(candidates)).toBeGreaterThan(0);
        const countyAdmin = await t.http.signIn('zhongmu.admin', DEMO_PASSWORD);
        const round = (await countyAdmin.get(`/api/v1/star-rounds/${roundId}`)).body;
        expect(round.noticeEndsOn).toEqual(expect.any(String));

        // Needs of the public in the county, one in each state, in zhongmu.admin's 需求工单.
        const needs = (await countyAdmin.get('/api/v1/needs?pageSize=100')).body;
        const byStatus: Record<string, number> = {};
        for (const item of needs.items as Array<{ status: string }>)
          byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
        expect(byStatus).toEqual({
          submitted: 2,
          accepted: 1,
          dispatched: 1,
          taken: 1,
          rated: 1,
          declined: 1,
        });
        const trackingNos = [
          ...demo.stdout.matchAll(/^ {2}(?:submitted|accepted|dispatched|taken|rated|declined) +(\S+)/gm),
        ];
        expect(trackingNos).toHaveLength(7);

        // Recruitment in the county: volunteer.demo sees the activities recruiting, its own sign-up on one;
        // the organiser sees the sign-ups, the small class full with a line, and check-in open today.
        const [, openId] = /recruiting activity: (act-[0-9a-f]+) .*, quota (\d+): (\d+) accepted/.exec(
          demo.stdout,
        )!;
        const [, smallId] = /full activity: (act-[0-9a-f]+) /.exec(demo.stdout)!;
        const [, todayId, sessionId] =
          /check-in open today: (act-[0-9a-f]+) .*, session (ats-[0-9a-f]+)/.exec(demo.stdout)!;
        const open = (await volunteer.get('/api/v1/activities/open?pageSize=50')).body;
        const recruiting = open.items.find((item: { id: string }) => item.id === openId);
        expect(recruiting).toMatchObject({
          regionCode: '410122',
          quota: 20,
          accepted: 11,
          waitlisted: 0,
          mySignup: { status: 'accepted' },
        });
        expect(open.items.find((item: { id: string }) => item.id === smallId)).toMatchObject({
          quota: 3,
          accepted: 3,
          waitlisted: 2,
        });
        const organiser = await t.http.signIn('zhongmu.organiser', DEMO_PASSWORD);
        const statuses = async (activityId: string) => {
          const page = (await organiser.get(`/api/v1/activities/${activityId}/signups?pageSize=100`)).body;
          const count: Record<string, number> = {};
          for (const item of page.items as Array<{ status: string }>)
            count[item.status] = (count[item.status] ?? 0) + 1;
          return { total: page.total, count };
        };
        expect(await statuses(openId)).toEqual({ total: 11, count: { accepted: 11 } });
        expect(await statuses(smallId)).toEqual({
          total: 6,
          count: { accepted: 3, waitlisted: 2, withdrawn: 1 },
        });
        const mine = (await organiser.get(`/api/v1/activities/${openId}/signups?pageSize=100`)).body.items;
        expect(mine.map((item: { volunteerId: string }) => item.volunteerId)).toContain(volunteerId);
        // Check-in is open today: its code shows, and three volunteers are in (two signed up, one walk-in).
        expect((await organiser.get(`/api/v1/attendance/${sessionId}/code`)).body).toMatchObject({
          sessionId,
          code: expect.stringMatching(/^\d{6}$/),
        });
        const attendance = (await organiser.get(`/api/v1/activities/${todayId}/attendance`)).body
          .items as Array<{
          checkedInAt?: string;
          checkedOutAt?: string;
          signup: unknown;
        }>;
        const inNow = attendance.filter((item) => item.checkedInAt && !item.checkedOutAt);
        expect(inNow).toHaveLength(3);
        expect(inNow.filter((item) => item.signup === null)).toHaveLength(1);

        const again = runCli(dataDir, ['demo']);
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/the ledger is not empty/);
      } finally {
        await t.close({ keepData: true });
      }
    },
    DEMO_TEST_TIMEOUT_MS,
  );

  it(
    'works on any date: past the years the holiday calendar covers, the round is left drawn and the demo says why',
    () => {
      const later = temporaryDataDir('ledger-demo-2031-');
      try {
        const demo = runCli(
          later,
          ['demo', '--password', DEMO_PASSWORD],
          { LEDGER_CLOCK_START: '2031-03-05T10:00:00+08:00' },
          150_000,
        );
        expect(demo.stderr).not.toMatch(/Error/);
        expect(demo.code).toBe(0);
        expect(demo.stdout).toMatch(/^demo ledger ready in /m);
        expect(demo.stdout).toMatch(
          /star round of 410122: srd-[0-9a-f]+, [1-9]\d* candidates, drawn, notice not published \(.*has no data for 2031/,
        );
        // Everything else stands on that date: the certificate is numbered in its year.
        expect(demo.stdout).toMatch(/certificate of volunteer\.demo: 410122-2031-\d{6}/);
      } finally {
        rmSync(later, { recursive: true, force: true });
      }
    },
    DEMO_TEST_TIMEOUT_MS,
  );

  it(
    'prints the web console at LEDGER_PUBLIC_URL, where the server serves it',
    () => {
      const dir = temporaryDataDir('ledger-demo-url-');
      try {
        const demo = runCli(
          dir,
          ['demo', '--password', DEMO_PASSWORD],
          { LEDGER_PUBLIC_URL: 'https://ledger.example.org' },
          150_000,
        );
        expect(demo.code).toBe(0);
        expect(demo.stdout).toMatch(/^web console: https:\/\/ledger\.example\.org\/ \(npm start\)$/m);
        expect(demo.stdout).not.toMatch(/localhost/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    DEMO_TEST_TIMEOUT_MS,
  );
});
