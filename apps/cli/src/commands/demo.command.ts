import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  AttendanceService,
  Clock,
  type CommandContext,
  ConfirmServiceCommand,
  CorrectServiceCommand,
  CreatePilotCommand,
  CreateProjectCommand,
  DefineRuleSetCommand,
  DrawStarRoundCommand,
  EstablishStationCommand,
  FormTeamCommand,
  JoinTeamCommand,
  JourneyService,
  LEDGER_CONFIG,
  type LedgerConfig,
  LinkFamilyMemberCommand,
  NeedFulfilmentSweep,
  NeedsService,
  newId,
  OfferBenefitCommand,
  OpenStarRoundCommand,
  PublishStarNoticeCommand,
  RecordServiceCommand,
  RecordTrainingCommand,
  RegisterAccountCommand,
  RegisterPartnerCommand,
  RegisterVolunteerCommand,
  RejectServiceCommand,
  ScheduleActivityCommand,
  UpdateStationChecklistCommand,
  VoidServiceCommand,
} from '@ledger/application';
import { CertificatesService, IssuersService } from '@ledger/application/certificates';
import {
  type Actor,
  accountIdFor,
  AlreadyExists,
  type Role,
  RuleViolation,
  SIX_MUSTS,
  SYSTEM_ACTOR,
} from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';
import { DateTime } from 'luxon';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliFailure } from '../cli-context';
import {
  DEMO_ACCOUNTS,
  DEMO_ISSUERS,
  DEMO_PILOTS,
  DEMO_RULE_SET,
  DEMO_RECRUITING,
  type DemoPilotPlan,
} from '../demo/demo-plan';
import { demoPerson, SeededRandom } from '../demo/demo-people';

const ZONE = 'Asia/Shanghai';

interface Tally {
  volunteers: number;
  memberships: number;
  activities: number;
  records: number;
  confirmed: number;
}

/**
 * `npm run cli -- demo`: fills an empty ledger with one city and one county pilot in realistic
 * partial progress, through the same commands the API sends, acting as demo accounts it creates
 * (organisers record, administrators confirm: the four-eyes rule holds in the demo too).
 */
@Command({
  name: 'demo',
  description: 'Fill an empty ledger with a city pilot and a county pilot in partial progress',
})
export class DemoCommand extends CommandRunner {
  private readonly correlationId = `demo-${newId()}`;
  private readonly tally: Tally = { volunteers: 0, memberships: 0, activities: 0, records: 0, confirmed: 0 };
  private serial = 0;

  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ProjectionRunner,
    private readonly issuers: IssuersService,
    private readonly certificates: CertificatesService,
    private readonly journeyService: JourneyService,
    private readonly attendance: AttendanceService,
    private readonly needs: NeedsService,
    private readonly needSweep: NeedFulfilmentSweep,
    private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {
    super();
  }

  async run(_: string[], options: { password?: string }): Promise<void> {
    for await (const event of this.store.readAll()) {
      if (!event.stream.startsWith('account-')) {
        throw new CliFailure(
          'the ledger is not empty; the demo fills only a new one (point LEDGER_DATA_DIR at an empty folder)',
          2,
        );
      }
    }
    // Some commands check references on read models; keep them current while the demo writes
    // (safe beside a running server: each batch is applied once, whoever applies it).
    await this.readModels.start();
    const password = options.password ?? process.env.LEDGER_DEMO_PASSWORD ?? 'demo-password-2026';
    if (password.length < 8) {
      const source = options.password === undefined ? 'LEDGER_DEMO_PASSWORD' : '--password';
      throw new CliFailure(`the demo password (${source}) needs at least 8 characters`, 2);
    }
    const started = Date.now();
    const random = new SeededRandom(20_260_305);

    this.say(`accounts: ${DEMO_ACCOUNTS.length} demo accounts`);
    for (const account of DEMO_ACCOUNTS) {
      await this.register(account.username, password, account.role, account.regionCode);
    }

    const pilots: Array<{
      plan: DemoPilotPlan;
      id: string;
      featuredVolunteer: string;
      volunteers: string[];
      projectIds: string[];
      stationIds: string[];
      teamIds: string[];
    }> = [];
    for (const plan of DEMO_PILOTS) pilots.push(await this.buildPilot(plan, random));

    const county = pilots.find((p) => p.plan.level === 'county')!;
    await this.register(
      'volunteer.demo',
      password,
      'volunteer',
      county.plan.regionCode,
      county.featuredVolunteer,
    );

    const venue = await this.partnerVenue(county.plan.regionCode, password);
    const certificate = await this.certificatesAndFamily(county);
    const round = await this.starRound(county.plan.regionCode);
    const journey = await this.journey(county, password);
    const needs = await this.needsOfThePublic(county);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const t = this.tally;
    console.log(
      [
        `demo ledger ready in ${seconds} s: ${pilots.length} pilots, ${t.volunteers} volunteers, ${t.memberships} team memberships,`,
        `${t.activities} activities, ${t.records} service records (${t.confirmed} confirmed).`,
        '',
        ...pilots.map(
          (p) =>
            `  ${p.plan.name} (${p.plan.level}, ${p.plan.regionCode}): GET /api/v1/pilots/${p.id}/progress`,
        ),
        '',
        `accounts (password "${password}"):`,
        ...DEMO_ACCOUNTS.map(
          (a) => `  ${a.username.padEnd(22)} ${a.role.padEnd(10)} ${a.regionCode}  ${a.about}`,
        ),
        `  ${'volunteer.demo'.padEnd(22)} ${'volunteer'.padEnd(10)} ${county.plan.regionCode}  志愿者本人 (${county.featuredVolunteer})`,
        `  ${'zhongmu.venue'.padEnd(22)} ${'partner'.padEnd(10)} ${county.plan.regionCode}  合作场馆 ${venue.name} (${venue.partnerId})`,
        ...journey.accounts.map(
          (a) =>
            `  ${a.username.padEnd(22)} ${'volunteer'.padEnd(10)} ${county.plan.regionCode}  志愿者 (${a.volunteerId})`,
        ),
        '',
        ...journey.lines,
        '',
        ...needs,
        '',
        `benefits at ${venue.name}: ${venue.benefits.map((b) => `GET /api/v1/benefits/${b}`).join(', ')}`,
        `certificate of volunteer.demo: ${certificate} (GET /api/v1/verify/${certificate})`,
        `star round of ${county.plan.regionCode}: ${round.id}, ${round.candidates} candidates, ${round.notice}`,
        '',
        // The server serves the console at LEDGER_PUBLIC_URL (by default http://localhost:LEDGER_PORT).
        `web console: ${this.config.publicUrl}/ (npm start)`,
      ].join('\n'),
    );
  }

  @Option({
    flags: '--password <password>',
    description: 'password of the demo accounts (or LEDGER_DEMO_PASSWORD)',
  })
  parsePassword(value: string): string {
    return value;
  }

  private async buildPilot(
    plan: DemoPilotPlan,
    random: SeededRandom,
  ): Promise<{
    plan: DemoPilotPlan;
    id: string;
    featuredVolunteer: string;
    volunteers: string[];
    projectIds: string[];
    stationIds: string[];
    teamIds: string[];
  }> {
    const prefix = plan.level === 'city' ? 'zhengzhou' : 'zhongmu';
    const admin = this.actor(`${prefix}.admin`, 'admin', plan.regionCode);
    const organiser = this.actor(`${prefix}.organiser`, 'organiser', plan.regionCode);
    const now = this.today();
    const fundedOn = now.minus({ months: plan.monthsSinceFunding }).startOf('month');

    const { pilot } = await this.commands.execute(
      new CreatePilotCommand(
        { name: plan.name, level: plan.level, regionCode: plan.regionCode, fundedOn: fundedOn.toISODate()! },
        this.context(admin),
      ),
    );
    this.say(`${plan.name}: funded ${fundedOn.toISODate()}, registering ${plan.volunteers} volunteers`);

    const volunteers: string[] = [];
    for (let i = 0; i < plan.volunteers; i += 16) {
      const batch = Array.from({ length: Math.min(16, plan.volunteers - i) }, () =>
        demoPerson(random, ++this.serial),
      );
      const registered = await Promise.all(
        batch.map((person) =>
          this.commands.execute(
            new RegisterVolunteerCommand(
              { ...person, idType: 'resident-id', regionCode: plan.regionCode, consent: true },
              this.context(organiser),
            ),
          ),
        ),
      );
      volunteers.push(...registered.map((r) => r.volunteer.id));
    }
    this.tally.volunteers += volunteers.length;
    for (const volunteerId of volunteers.slice(0, 12)) {
      await this.commands.execute(
        new RecordTrainingCommand(
          volunteerId,
          {
            course: '科技志愿服务通识培训',
            completedOn: fundedOn.plus({ days: 10 }).toISODate()!,
            minutes: 180,
          },
          this.context(organiser),
        ),
      );
    }

    this.say(
      `${plan.name}: ${plan.teams.length} teams, ${plan.projects.length} projects, ${plan.stations.length} stations`,
    );
    const teamIds: string[] = [];
    for (const [t, team] of plan.teams.entries()) {
      const { team: formed } = await this.commands.execute(
        new FormTeamCommand(
          {
            name: team.name,
            regionCode: plan.regionCode,
            pilotId: pilot.id,
            institution: team.institution,
            platformRegistrationNo: team.platformRegistrationNo,
          },
          this.context(admin),
        ),
      );
      teamIds.push(formed.id);
      // Teams overlap a little, as they do: a volunteer may serve in two.
      const start = (t * 23) % volunteers.length;
      for (let m = 0; m < Math.min(team.members, volunteers.length); m++) {
        const volunteerId = volunteers[(start + m) % volunteers.length];
        await this.commands.execute(new JoinTeamCommand(formed.id, volunteerId, this.context(organiser)));
        this.tally.memberships++;
      }
    }
    const projectIds: string[] = [];
    for (const project of plan.projects) {
      const { project: created } = await this.commands.execute(
        new CreateProjectCommand(
          {
            name: project.name,
            teamId: teamIds[project.team],
            regionCode: plan.regionCode,
            pilotId: pilot.id,
            field: project.field,
          },
          this.context(admin),
        ),
      );
      projectIds.push(created.id);
    }
    const stationIds: string[] = [];
    for (const station of plan.stations) {
      const { station: established } = await this.commands.execute(
        new EstablishStationCommand(
          {
            name: station.name,
            regionCode: plan.regionCode,
            pilotId: pilot.id,
            venueType: station.venueType,
          },
          this.context(admin),
        ),
      );
      const checklist = Object.fromEntries(SIX_MUSTS.map((must, i) => [must, i < station.musts])) as Record<
        (typeof SIX_MUSTS)[number],
        boolean
      >;
      await this.commands.execute(
        new UpdateStationChecklistCommand(established.id, checklist, this.context(admin)),
      );
      stationIds.push(established.id);
    }

    const { confirmed, pending, upcoming } = plan.activities;
    this.say(`${plan.name}: ${confirmed + pending + upcoming} activities with their service records`);
    let featuredVolunteer: string | undefined;
    const firstDay = fundedOn.plus({ weeks: 2 });
    const lastDay = now.minus({ days: 3 }).startOf('day');
    const span = Math.max(1, Math.floor(lastDay.diff(firstDay, 'days').days));
    for (let a = 0; a < confirmed + pending + upcoming; a++) {
      const past = a < confirmed + pending;
      const day = past
        ? firstDay.plus({ days: Math.floor((span * a) / (confirmed + pending)) })
        : now.plus({ days: 7 + a * 6 }).startOf('day');
      const startsAt = day.set({ hour: 9 });
      const endsAt = startsAt.plus({ hours: random.int(2, 4) });
      const { activity } = await this.commands.execute(
        new ScheduleActivityCommand(
          {
            projectId: projectIds[a % projectIds.length],
            title: plan.activityTitles[a % plan.activityTitles.length],
            startsAt: startsAt.toISO()!,
            endsAt: endsAt.toISO()!,
            regionCode: plan.regionCode,
            stationId: stationIds[a % stationIds.length],
          },
          this.context(organiser),
        ),
      );
      this.tally.activities++;
      if (!past) continue;
      const serving = random.int(3, 6);
      const offset = random.int(0, volunteers.length - 1);
      for (let v = 0; v < serving; v++) {
        const volunteerId = volunteers[(offset + v * 7) % volunteers.length];
        const { record } = await this.commands.execute(
          new RecordServiceCommand(
            {
              volunteerId,
              activityId: activity.id,
              startedAt: startsAt.toISO()!,
              endedAt: endsAt.minus({ minutes: 15 * v }).toISO()!,
              content: `${plan.activityTitles[a % plan.activityTitles.length]}：现场讲解与组织`,
            },
            this.context(organiser),
          ),
        );
        this.tally.records++;
        if (a >= confirmed) continue; // left pending for an administrator to confirm
        if (a === 0 && v === serving - 1) {
          await this.commands.execute(
            new RejectServiceCommand(record.id, '签到记录缺失，请补充后重新提交', this.context(admin)),
          );
          continue;
        }
        await this.commands.execute(new ConfirmServiceCommand(record.id, this.context(admin)));
        this.tally.confirmed++;
        // The demo volunteer account is someone with confirmed hours to look at.
        featuredVolunteer ??= volunteerId;
        if (a === 1 && v === 0) {
          await this.commands.execute(
            new CorrectServiceCommand(
              record.id,
              {
                startedAt: startsAt.toISO()!,
                endedAt: endsAt.minus({ minutes: 30 }).toISO()!,
                reason: '签退时间登记错误，按签退表更正',
              },
              this.context(admin),
            ),
          );
        }
        if (a === 2 && v === 1) {
          await this.commands.execute(
            new VoidServiceCommand(record.id, '同一服务重复登记', this.context(admin)),
          );
          this.tally.confirmed--;
        }
      }
    }
    return {
      plan,
      id: pilot.id,
      featuredVolunteer: featuredVolunteer ?? volunteers[0],
      volunteers,
      projectIds,
      stationIds,
      teamIds,
    };
  }

  /**
   * Needs of the public in the county (群众点单 → 科协派单 → 队伍接单 → 群众评单), one in each state,
   * through the service the API uses: two submitted, one accepted, one dispatched, one taken, one
   * fulfilled by a linked activity with a confirmed record and rated by its requester, one declined.
   */
  private async needsOfThePublic(county: {
    plan: DemoPilotPlan;
    volunteers: string[];
    projectIds: string[];
    teamIds: string[];
  }): Promise<string[]> {
    const { plan } = county;
    const regionCode = plan.regionCode;
    const admin = this.actor('zhongmu.admin', 'admin', regionCode);
    const organiser = this.actor('zhongmu.organiser', 'organiser', regionCode);
    const teamId = county.teamIds[plan.projects[0].team];
    const now = () => this.clock.now();
    const submit = (title: string, description: string, field: string, name: string, phone: string) =>
      this.needs.submit(
        {
          title,
          description,
          field,
          regionCode,
          requester: { name, phone, organisation: null },
          consent: true,
        },
        this.context(SYSTEM_ACTOR),
        false,
      );
    const submitted = await submit(
      '村里想办一场防电信诈骗讲座',
      '村委会希望在周末为老人讲一讲常见的电信诈骗手法，约 40 人。',
      'civility',
      '王建国',
      '13800000001',
    );
    const submitted2 = await submit(
      '小学科学课需要志愿者带实验',
      '希望每月一次，为四年级学生带简单的科学小实验。',
      'science-education',
      '李秀英',
      '13800000002',
    );
    const accepted = await submit(
      '合作社想了解大蒜病虫害防治',
      '大蒜种植户二十余户，希望请农技志愿者现场指导。',
      'rural-revitalization',
      '张志强',
      '13800000003',
    );
    await this.needs.accept(accepted.id, this.context(admin), now());
    const dispatched = await submit(
      '社区老人想学用智能手机',
      '社区老年活动中心希望教老人用手机挂号、缴费。',
      'civility',
      '刘桂兰',
      '13800000004',
    );
    await this.needs.accept(dispatched.id, this.context(admin), now());
    await this.needs.dispatch(dispatched.id, teamId, this.context(admin), now());
    const taken = await submit(
      '中学想办青少年科技创新辅导',
      '希望为参加科技创新大赛的学生做两次辅导。',
      'science-education',
      '陈明',
      '13800000005',
    );
    await this.needs.accept(taken.id, this.context(admin), now());
    await this.needs.dispatch(taken.id, teamId, this.context(admin), now());
    await this.needs.take(taken.id, this.context(organiser), now());
    const fulfilled = await submit(
      '养殖户想学科学养殖',
      '村里养殖户希望了解冬季肉牛防疫与饲喂。',
      'rural-revitalization',
      '赵红梅',
      '13800000006',
    );
    await this.needs.accept(fulfilled.id, this.context(admin), now());
    await this.needs.dispatch(fulfilled.id, teamId, this.context(admin), now());
    await this.needs.take(fulfilled.id, this.context(organiser), now());
    const startsAt = this.today().minus({ days: 2 }).startOf('day').set({ hour: 14 });
    const endsAt = startsAt.plus({ hours: 2 });
    const { activity } = await this.commands.execute(
      new ScheduleActivityCommand(
        {
          projectId: county.projectIds[0],
          title: '冬季肉牛防疫与饲喂现场指导',
          startsAt: startsAt.toISO()!,
          endsAt: endsAt.toISO()!,
          regionCode,
          needId: fulfilled.id,
        },
        this.context(organiser),
      ),
    );
    this.tally.activities++;
    const { record } = await this.commands.execute(
      new RecordServiceCommand(
        {
          volunteerId: county.volunteers[0],
          activityId: activity.id,
          startedAt: startsAt.toISO()!,
          endedAt: endsAt.toISO()!,
          content: '冬季肉牛防疫与饲喂现场指导',
        },
        this.context(organiser),
      ),
    );
    this.tally.records++;
    await this.commands.execute(new ConfirmServiceCommand(record.id, this.context(admin)));
    this.tally.confirmed++;
    await this.needSweep.run();
    await this.needs.rate(
      fulfilled.trackingNo,
      fulfilled.accessToken,
      { score: 5, comment: '讲得实在，养殖户都说有用' },
      this.context(SYSTEM_ACTOR),
    );
    const declined = await submit(
      '想请志愿者帮忙代收快递',
      '小区快递太多，希望有人每天帮忙代收。',
      'civility',
      '孙磊',
      '13800000007',
    );
    await this.needs.decline(
      declined.id,
      '不属于科技志愿服务范围，已建议联系社区物业',
      this.context(admin),
      now(),
    );
    this.say('needs of the public: 7 needs in different states');
    const line = (state: string, need: { trackingNo: string }) => `  ${state.padEnd(10)} ${need.trackingNo}`;
    return [
      `needs of the public in ${regionCode} (需求工单 as zhongmu.admin; GET /api/v1/needs; anyone submits at /needs/new):`,
      line('submitted', submitted),
      line('submitted', submitted2),
      line('accepted', accepted),
      line('dispatched', dispatched),
      line('taken', taken),
      line('rated', fulfilled) + ` (fulfilled by ${activity.id as string}, rated 5)`,
      line('declined', declined),
    ];
  }

  /**
   * A partner venue of the county with two benefits and a venue account, so redemptions can be
   * tried at once: volunteers of the county have points from their confirmed service.
   */
  private async partnerVenue(regionCode: string, password: string) {
    const admin = this.context(this.actor('zhongmu.admin', 'admin', regionCode));
    const name = '中牟县科技馆';
    const { partner } = await this.commands.execute(
      new RegisterPartnerCommand({ name, regionCode, venueType: 'science-museum' }, admin),
    );
    const today = this.today();
    const validFrom = today.toISODate()!;
    const validTo = today.plus({ years: 1 }).endOf('year').toISODate()!;
    const benefits: string[] = [];
    for (const offer of [
      { title: '科技馆特展门票一张', pointsCost: 100, minStarLevel: 0, stock: 50, perVolunteerLimit: 2 },
      { title: '科普图书一册', pointsCost: 60, minStarLevel: 0, stock: 100, perVolunteerLimit: 1 },
    ]) {
      const { benefit } = await this.commands.execute(
        new OfferBenefitCommand(partner.id, { ...offer, validFrom, validTo }, this.context(admin.actor)),
      );
      benefits.push(benefit.id);
    }
    await this.register('zhongmu.venue', password, 'partner', regionCode, undefined, partner.id);
    this.say(`partner venue: ${name} with ${benefits.length} benefits`);
    return { name, partnerId: partner.id as string, benefits };
  }

  /**
   * The 科协 of each pilot region as certificate issuers, a certificate already issued to the demo
   * volunteer, and a family member it can give time-bank hours to.
   */
  private async certificatesAndFamily(county: {
    plan: DemoPilotPlan;
    featuredVolunteer: string;
    volunteers: string[];
  }) {
    for (const issuer of DEMO_ISSUERS) {
      const prefix = issuer.regionCode === county.plan.regionCode ? 'zhongmu' : 'zhengzhou';
      await this.issuers.register(
        issuer,
        this.context(this.actor(`${prefix}.admin`, 'admin', issuer.regionCode)),
      );
    }
    this.say(`issuers: ${DEMO_ISSUERS.map((issuer) => issuer.name).join(', ')}`);
    const admin = this.actor('zhongmu.admin', 'admin', county.plan.regionCode);
    const relative = county.volunteers.find((id) => id !== county.featuredVolunteer)!;
    await this.commands.execute(
      new LinkFamilyMemberCommand(
        county.featuredVolunteer,
        { volunteerId: relative, relation: 'parent' },
        this.context(admin),
      ),
    );
    const { document } = await this.certificates.issue(
      { volunteerId: county.featuredVolunteer, purpose: '评优评先' },
      this.context(admin),
    );
    this.say(`certificate ${document.number} issued to the demo volunteer`);
    return document.number;
  }

  /**
   * A star round of the county under the demo's pilot rule set, drawn and with its notice published,
   * so an administrator can review candidates, exclude one and finalize once the notice ends.
   */
  private async starRound(regionCode: string) {
    const province = this.actor('henan.admin', 'admin', '410000');
    const { view: rules } = await this.commands.execute(
      new DefineRuleSetCommand(
        { ...DEMO_RULE_SET, thresholdsHours: [...DEMO_RULE_SET.thresholdsHours] },
        this.context(province),
      ),
    );
    const admin = this.actor('zhongmu.admin', 'admin', regionCode);
    const today = this.today().toISODate()!;
    const { view: round } = await this.commands.execute(
      new OpenStarRoundCommand({ regionCode, cutoff: today, ruleSetId: rules.id }, this.context(admin)),
    );
    const { view: drawn } = await this.commands.execute(
      new DrawStarRoundCommand(round.id, this.context(admin)),
    );
    try {
      const { view: noticed } = await this.commands.execute(
        new PublishStarNoticeCommand(round.id, this.context(admin)),
      );
      this.say(`star round: ${drawn.candidates.length} candidates, notice until ${noticed.noticeEndsOn}`);
      return {
        id: round.id,
        candidates: drawn.candidates.length,
        notice: `notice until ${noticed.noticeEndsOn as string}`,
      };
    } catch (error) {
      // The notice period is counted in working days on the holiday calendar. A date the calendar
      // does not cover yet leaves the round drawn: the rest of the demo stands, and the line says why.
      if (!(error instanceof RuleViolation) || error.code !== 'HOLIDAY_CALENDAR_NOT_COVERED') throw error;
      this.say(`star round: ${drawn.candidates.length} candidates, left drawn: ${error.message}`);
      return {
        id: round.id,
        candidates: drawn.candidates.length,
        notice: `drawn, notice not published (${error.message})`,
      };
    }
  }

  /**
   * Recruitment in the county: an activity recruiting with sign-ups (volunteer.demo among them), a
   * small class with a waiting line (one withdrew, the first in line moved up), and an activity of
   * today with on-site check-in open and a few volunteers checked in. Sign-ups, withdrawal, opening
   * and check-ins go through the same services as the API, as the accounts that would send them.
   */
  private async journey(
    county: {
      plan: DemoPilotPlan;
      featuredVolunteer: string;
      volunteers: string[];
      projectIds: string[];
      stationIds: string[];
    },
    password: string,
  ) {
    const { regionCode } = county.plan;
    const plan = DEMO_RECRUITING;
    const organiser = this.actor('zhongmu.organiser', 'organiser', regionCode);
    const others = county.volunteers.filter((id) => id !== county.featuredVolunteer);
    const accounts: Array<{ username: string; volunteerId: string; actor: Actor }> = [];
    for (const [i, username] of plan.volunteerAccounts.entries()) {
      await this.register(username, password, 'volunteer', regionCode, others[i]);
      accounts.push({
        username,
        volunteerId: others[i],
        actor: { ...this.actor(username, 'volunteer', regionCode), volunteerId: others[i] },
      });
    }
    const featured: Actor = {
      ...this.actor('volunteer.demo', 'volunteer', regionCode),
      volunteerId: county.featuredVolunteer,
    };
    // Volunteers without an account, signed up by the organiser (each activity its own, in order).
    let next = accounts.length;
    const staffSignUp = async (activityId: string, count: number) => {
      for (let i = 0; i < count; i++) {
        await this.journeyService.signUp(activityId, others[next++], this.context(organiser));
      }
    };
    const schedule = async (
      title: string,
      startsAt: DateTime,
      hours: number,
      quota: number,
      signupDeadline: DateTime,
      walkIns: boolean,
      project: number,
    ): Promise<string> => {
      const { activity } = await this.commands.execute(
        new ScheduleActivityCommand(
          {
            projectId: county.projectIds[project % county.projectIds.length],
            title,
            startsAt: startsAt.toISO()!,
            endsAt: startsAt.plus({ hours }).toISO()!,
            regionCode,
            stationId: county.stationIds[0],
            recruitment: {
              open: true,
              quota,
              signupDeadline: signupDeadline.toISO()!,
              approval: 'auto',
              audience: 'region',
              teamIds: [],
              walkIns,
            },
          },
          this.context(organiser),
        ),
      );
      this.tally.activities++;
      return activity.id as string;
    };
    const day = this.today().startOf('day');

    // Recruiting, places left: volunteer.demo and two accounts sign themselves up, the organiser adds more.
    const openStart = day.plus({ days: plan.open.daysAhead }).set({ hour: plan.open.startHour });
    const openId = await schedule(
      plan.open.title,
      openStart,
      plan.open.hours,
      plan.open.quota,
      openStart.minus({ days: plan.open.deadlineDaysBefore }).set({ hour: 18 }),
      true,
      0,
    );
    for (const actor of [featured, accounts[0].actor, accounts[1].actor]) {
      await this.journeyService.signUp(openId, undefined, this.context(actor));
    }
    await staffSignUp(openId, plan.open.staffSignups);

    // A small class, full: a line waits; one accepted volunteer withdraws and the first in line moves up.
    const smallStart = day.plus({ days: plan.small.daysAhead }).set({ hour: plan.small.startHour });
    const smallId = await schedule(
      plan.small.title,
      smallStart,
      plan.small.hours,
      plan.small.quota,
      smallStart.minus({ days: plan.small.deadlineDaysBefore }).set({ hour: 18 }),
      false,
      1,
    );
    const { id: withdrawing } = await this.journeyService.signUp(
      smallId,
      undefined,
      this.context(accounts[2].actor),
    );
    await staffSignUp(smallId, plan.small.staffSignups);
    await this.journeyService.withdraw(withdrawing, '家中有事，无法参加', this.context(accounts[2].actor));

    // Today, starting within half an hour (check-in opens 30 minutes before the start): the organiser
    // has opened check-in on the phone; two signed-up volunteers and one walk-in are in.
    const quarterHour = 15 * 60_000;
    const todayStart = DateTime.fromMillis(
      Math.ceil((this.clock.now().getTime() + quarterHour) / quarterHour) * quarterHour,
    ).setZone(ZONE);
    const todayId = await schedule(
      plan.today.title,
      todayStart,
      plan.today.hours,
      plan.today.quota,
      todayStart,
      true,
      1,
    );
    for (const account of accounts.slice(0, 2)) {
      await this.journeyService.signUp(todayId, undefined, this.context(account.actor));
    }
    await staffSignUp(todayId, plan.today.staffSignups);
    const session = await this.attendance.open(todayId, this.context(organiser));
    for (const account of accounts) {
      await this.attendance.checkIn(session.qr, null, this.context(account.actor));
    }

    const counts = (activityId: string) => {
      const { rows } = this.journeyService.signupsOf(organiser, activityId, { limit: 100, offset: 0 });
      const of = (status: string) => rows.filter((r) => r.status === status).length;
      return { accepted: of('accepted'), waitlisted: of('waitlisted'), withdrawn: of('withdrawn') };
    };
    const beijing = (t: DateTime) => t.toFormat('yyyy-MM-dd HH:mm');
    const open = counts(openId);
    const small = counts(smallId);
    const today = counts(todayId);
    this.say(`recruitment: 3 activities recruiting, check-in open for ${plan.today.title}`);
    return {
      accounts: accounts.map(({ username, volunteerId }) => ({ username, volunteerId })),
      lines: [
        `recruiting in ${regionCode} (GET /api/v1/activities/open as volunteer.demo; GET /api/v1/activities/{id}/signups as zhongmu.organiser):`,
        `  recruiting activity: ${openId} ${plan.open.title}, ${beijing(openStart)}, quota ${plan.open.quota}: ${open.accepted} accepted (volunteer.demo among them)`,
        `  full activity: ${smallId} ${plan.small.title}, ${beijing(smallStart)}, quota ${plan.small.quota}: ${small.accepted} accepted, ${small.waitlisted} waitlisted, ${small.withdrawn} withdrawn`,
        `  check-in open today: ${todayId} ${plan.today.title}, ${beijing(todayStart)}, session ${session.sessionId}: ${today.accepted} signed up, ${accounts.length} checked in (GET /api/v1/activities/${todayId}/attendance)`,
      ],
    };
  }

  private async register(
    username: string,
    password: string,
    role: Role,
    regionCode: string,
    volunteerId?: string,
    partnerId?: string,
  ): Promise<void> {
    try {
      await this.commands.execute(
        new RegisterAccountCommand(
          { username, password, role, regionCode, volunteerId, partnerId },
          this.context(SYSTEM_ACTOR),
        ),
      );
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
    }
  }

  private actor(username: string, role: Role, regionCode: string): Actor {
    return { accountId: accountIdFor(username), role, regionCode };
  }

  private context(actor: Actor): CommandContext {
    return {
      commandId: newId(),
      correlationId: this.correlationId,
      causationId: 'cli-demo',
      actor,
      now: this.clock.now(),
    };
  }

  /** Today in Beijing by the ledger's clock (LEDGER_CLOCK_START makes a demo of any chosen day). */
  private today(): DateTime {
    return DateTime.fromJSDate(this.clock.now()).setZone(ZONE);
  }

  private say(line: string): void {
    process.stderr.write(`demo: ${line}\n`);
  }
}
