/**
 * What the redemption lines need on the real ledger, made over HTTP before any measuring: a county
 * administrator and organiser of 中牟县, an activity, volunteers of 中牟县 with confirmed service (so
 * with points), a partner venue with one hot benefit and BENCH_SPREAD_BENEFITS others.
 */
import { residentIdCheckCharacter } from '@ledger/domain';
import { Client, inParallel, shanghai } from '../api/ledger-fixture';
import { ADMIN_PASSWORD } from '../api/servers';
import { progress, secondsSince } from '../bench-facts';

const COUNTY = '410122'; // 中牟县
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SHANGHAI_OFFSET = 8 * 60 * MINUTE;

/** Stock and per-volunteer limit of every benefit: the most a benefit may have, far beyond any run. */
export const BENEFIT_STOCK = 1_000_000;

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何'];
const GIVEN_NAMES = ['建国', '秀英', '志强', '丽娟', '海燕', '子涵', '浩然', '雨欣', '俊杰', '欣怡', '明辉'];

/** Resident n of 中牟县: a distinct ID number with its GB 11643 check character, and a mobile number. */
function resident(n: number) {
  const born = new Date(Date.UTC(1960, 0, 1) + (n % 16_000) * DAY).toISOString().slice(0, 10);
  const first17 = `${COUNTY}${born.replace(/-/g, '')}${String(Math.floor(n / 16_000) % 1000).padStart(3, '0')}`;
  return {
    name: SURNAMES[n % SURNAMES.length] + GIVEN_NAMES[n % GIVEN_NAMES.length],
    idType: 'resident-id',
    idNumber: first17 + residentIdCheckCharacter(first17),
    phone: `138${String(n).padStart(8, '0')}`,
    regionCode: COUNTY,
    consent: true,
  };
}

/** The business date (Asia/Shanghai) `days` from now, YYYY-MM-DD. */
const businessDate = (days: number): string =>
  new Date(Date.now() + SHANGHAI_OFFSET + days * DAY).toISOString().slice(0, 10);

export interface RedemptionFixture {
  /** Province administrator (the first-start `admin`): reads benefits. */
  readonly admin: Client;
  /** Administrator of 中牟县: confirms service, redeems on volunteers' behalf, captures. */
  readonly countyAdmin: Client;
  readonly partnerId: string;
  readonly hotBenefitId: string;
  readonly spreadBenefitIds: readonly string[];
  readonly volunteers: readonly string[];
  /** Points one volunteer had available after the setup (the first one's, from its summary). */
  readonly pointsPerVolunteer: number;
}

export interface FixtureOptions {
  readonly volunteers: number;
  readonly spreadBenefits: number;
  readonly pointsCost: number;
  readonly serviceHours: number;
}

export async function prepareRedemptions(
  baseUrl: string,
  options: FixtureOptions,
  log: (line: string) => void,
): Promise<RedemptionFixture> {
  const anonymous = new Client(baseUrl);
  const admin = await anonymous.signIn('admin', ADMIN_PASSWORD);
  const account = async (username: string, role: string) => {
    const password = `${username}-password`;
    await admin.ok('POST', '/api/v1/accounts', { username, password, role, regionCode: COUNTY });
    return anonymous.signIn(username, password);
  };
  const organiser = await account('bench.organiser', 'organiser');
  const countyAdmin = await account('bench.county-admin', 'admin');

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
  // Seven days that end an hour before the last full hour: every session lies inside it, in the past.
  const windowEnd = Math.floor(Date.now() / (60 * MINUTE)) * 60 * MINUTE - 60 * MINUTE;
  const windowStart = windowEnd - 7 * DAY;
  const activity = await admin.ok('POST', '/api/v1/activities', {
    projectId: project.id,
    title: '学雷锋科普进社区',
    startsAt: shanghai(windowStart),
    endsAt: shanghai(windowEnd),
    regionCode: COUNTY,
  });

  // Registrations of one county share its number counter: a few in flight.
  const registered = progress(log, 'volunteers registered', options.volunteers);
  const volunteers = await inParallel(options.volunteers, 4, async (i) => {
    const volunteer = await countyAdmin.ok('POST', '/api/v1/volunteers', resident(i));
    registered.step();
    return volunteer.id as string;
  });

  // One session each, on one of the window's first six days: recorded in bulk by the organiser.
  const sessions = volunteers.map((volunteerId, i) => {
    const start = windowStart + (i % 6) * DAY;
    return {
      volunteerId,
      startedAt: shanghai(start),
      endedAt: shanghai(start + options.serviceHours * 60 * MINUTE),
      content: '社区科普讲座：防范电信诈骗',
    };
  });
  const batches = Math.ceil(sessions.length / 500);
  const recorded = progress(log, 'sessions recorded (bulk, 500 a request)', batches);
  const recordIds = (
    await inParallel(batches, 2, async (b) => {
      const result = await organiser.ok('POST', '/api/v1/service-records/bulk', {
        activityId: activity.id,
        entries: sessions.slice(b * 500, (b + 1) * 500),
      });
      if (result.failed) throw new Error(`bulk recording refused ${result.failed} entries`);
      recorded.step();
      return (result.results as { record: { id: string } }[]).map((r) => r.record.id);
    })
  ).flat();
  const confirmed = progress(log, 'records confirmed by the county administrator', recordIds.length);
  await inParallel(recordIds.length, 8, async (i) => {
    await countyAdmin.ok('POST', `/api/v1/service-records/${recordIds[i]}/confirm`);
    confirmed.step();
  });

  const started = Date.now();
  const partner = await countyAdmin.ok('POST', '/api/v1/partners', {
    name: '中牟县科技馆',
    regionCode: COUNTY,
    venueType: 'science-museum',
  });
  const offer = async (title: string) =>
    (
      await countyAdmin.ok('POST', `/api/v1/partners/${partner.id}/benefits`, {
        title,
        pointsCost: options.pointsCost,
        minStarLevel: 0,
        stock: BENEFIT_STOCK,
        perVolunteerLimit: BENEFIT_STOCK,
        validFrom: businessDate(-1),
        validTo: businessDate(365),
      })
    ).id as string;
  const hotBenefitId = await offer('科技馆特展门票（热门）');
  const spreadBenefitIds = await inParallel(options.spreadBenefits, 4, (i) =>
    offer(`科普讲座入场券 ${i + 1}`),
  );
  log(`  partner, 1 hot benefit and ${spreadBenefitIds.length} others offered (${secondsSince(started)})`);

  const summary = await countyAdmin.ok('GET', `/api/v1/volunteers/${volunteers[0]}/summary`);
  return {
    admin,
    countyAdmin,
    partnerId: partner.id as string,
    hotBenefitId,
    spreadBenefitIds,
    volunteers,
    pointsPerVolunteer: Number(summary.points?.available ?? NaN),
  };
}
