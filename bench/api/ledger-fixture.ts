/**
 * What the measured lines need on the real ledger, made over HTTP before any measuring: accounts,
 * a team, a project and an activity, volunteers, and (for the confirming line) pending records.
 */
import { residentIdCheckCharacter } from '@ledger/domain';
import { ADMIN_PASSWORD } from './servers';

const COUNTY = '410122'; // 中牟县
const CITY = '410100'; // 郑州市
/**
 * The counties of 郑州市 the volunteers live in. Volunteer numbers come from one counter stream per
 * region and year, which every registration reads in full: spread over twelve counters, 2,000
 * registrations take seconds instead of minutes (with one counter the n-th registration
 * reads n - 1 counter events: 2,000 took 150 s here).
 */
const HOME_COUNTIES = [
  '410102',
  '410103',
  '410104',
  '410105',
  '410106',
  '410108',
  '410122',
  '410181',
  '410182',
  '410183',
  '410184',
  '410185',
];

/** Length of one service session; every (volunteer, slot) pair is used at most once. */
const SLOT_MINUTES = 20;
const MINUTE = 60_000;
const SHANGHAI_OFFSET = 8 * 60 * MINUTE;

/** An instant as ISO-8601 in Asia/Shanghai with its offset, to the second (China has no DST). */
export const shanghai = (millis: number): string =>
  new Date(millis + SHANGHAI_OFFSET).toISOString().slice(0, 19) + '+08:00';

export interface Session {
  readonly volunteerId: string;
  readonly startedAt: string;
  readonly endedAt: string;
}

/**
 * Hands out service sessions that never overlap another session of the same volunteer: session k
 * goes to volunteer k mod V, in slot ⌊k / V⌋ of the activity's window. Consecutive sessions thus
 * belong to different volunteers (32 requests in flight touch 32 streams), and any set of them can
 * be confirmed without OVERLAPPING_SERVICE.
 */
export class SessionSlots {
  private next = 0;
  readonly capacity: number;

  constructor(
    private readonly volunteers: readonly string[],
    private readonly windowStart: number,
    windowEnd: number,
  ) {
    this.capacity = volunteers.length * Math.floor((windowEnd - windowStart) / (SLOT_MINUTES * MINUTE));
  }

  get used(): number {
    return this.next;
  }

  take(): Session {
    const k = this.next++;
    if (k >= this.capacity)
      throw new Error(`all ${this.capacity} sessions are used: raise BENCH_VOLUNTEERS or shorten the run`);
    const slot = Math.floor(k / this.volunteers.length);
    const start = this.windowStart + slot * SLOT_MINUTES * MINUTE;
    return {
      volunteerId: this.volunteers[k % this.volunteers.length],
      startedAt: shanghai(start),
      endedAt: shanghai(start + SLOT_MINUTES * MINUTE),
    };
  }
}

interface Answer {
  readonly status: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A minimal JSON client over fetch, for the setup only (the measuring is autocannon's). */
export class Client {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text && text.startsWith('{') ? JSON.parse(text) : text };
  }

  /** The body of a 200 or 201 answer, or an error naming what failed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok(method: string, path: string, body?: unknown): Promise<any> {
    const answer = await this.send(method, path, body);
    if (answer.status !== 200 && answer.status !== 201)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  async signIn(username: string, password: string): Promise<Client> {
    const { accessToken } = await this.ok('POST', '/api/v1/auth/token', { username, password });
    return new Client(this.baseUrl, accessToken as string);
  }
}

export interface LedgerFixture {
  /** Signs in (no token). */
  readonly anonymous: Client;
  /** Province administrator (the first-start `admin`): reads summaries. */
  readonly admin: Client;
  /** County organiser: records service (谁组织谁记录). */
  readonly organiser: Client;
  /** City administrator who recorded nothing: confirms. */
  readonly confirmer: Client;
  readonly activityId: string;
  /** The project of 中牟县 the activities belong to. */
  readonly projectId: string;
  readonly volunteers: readonly string[];
  readonly slots: SessionSlots;
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何'];
const GIVEN_NAMES = ['建国', '秀英', '志强', '丽娟', '海燕', '子涵', '浩然', '雨欣', '俊杰', '欣怡', '明辉'];

/**
 * Resident n of 郑州市 (one of HOME_COUNTIES in turn): a distinct ID number with its GB 11643 check
 * character, and a mobile number.
 */
export const homeCountyOf = (n: number): string => HOME_COUNTIES[n % HOME_COUNTIES.length];

function resident(n: number) {
  const county = homeCountyOf(n);
  const born = new Date(Date.UTC(1960, 0, 1) + (n % 16_000) * 86_400_000).toISOString().slice(0, 10);
  const first17 = `${county}${born.replace(/-/g, '')}${String(Math.floor(n / 16_000) % 1000).padStart(3, '0')}`;
  return {
    name: SURNAMES[n % SURNAMES.length] + GIVEN_NAMES[n % GIVEN_NAMES.length],
    idType: 'resident-id',
    idNumber: first17 + residentIdCheckCharacter(first17),
    phone: `139${String(n).padStart(8, '0')}`,
    regionCode: county,
    consent: true,
  };
}

/** Runs `work(i)` for i < count with at most `parallel` at a time; returns the results in order. */
export async function inParallel<T>(
  count: number,
  parallel: number,
  work: (i: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return results;
}

export const SESSION_CONTENT = '社区科普讲座：防范电信诈骗';

export async function prepareLedger(
  baseUrl: string,
  volunteerCount: number,
  log: (line: string) => void,
): Promise<LedgerFixture> {
  const anonymous = new Client(baseUrl);
  const admin = await anonymous.signIn('admin', ADMIN_PASSWORD);
  const account = async (username: string, role: string, regionCode: string) => {
    const password = `${username}-password`;
    await admin.ok('POST', '/api/v1/accounts', { username, password, role, regionCode });
    return anonymous.signIn(username, password);
  };
  const organiser = await account('bench.organiser', 'organiser', COUNTY);
  const confirmer = await account('bench.confirmer', 'admin', CITY);

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
  // The activity spans the 30 days that end an hour before the last full hour: every session lies
  // inside it and in the past (a session must have ended to be recorded).
  const windowEnd = Math.floor(Date.now() / (60 * MINUTE)) * 60 * MINUTE - 60 * MINUTE;
  const windowStart = windowEnd - 30 * 24 * 60 * MINUTE;
  const activity = await admin.ok('POST', '/api/v1/activities', {
    projectId: project.id,
    title: '学雷锋科普进社区',
    startsAt: shanghai(windowStart),
    endsAt: shanghai(windowEnd),
    regionCode: COUNTY,
  });

  const started = Date.now();
  // The city administrator registers (the organiser acts in 中牟县 only); the volunteers serve in
  // 中牟县's activity whatever their home county. Registrations of one county share its counter:
  // about one in flight per county.
  const volunteers = await inParallel(volunteerCount, HOME_COUNTIES.length, async (i) => {
    const volunteer = await confirmer.ok('POST', '/api/v1/volunteers', resident(i));
    return volunteer.id as string;
  });
  log(
    `registered ${volunteers.length.toLocaleString('en-US')} volunteers in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    anonymous,
    admin,
    organiser,
    confirmer,
    activityId: activity.id as string,
    projectId: project.id as string,
    volunteers,
    slots: new SessionSlots(volunteers, windowStart, windowEnd),
  };
}

/**
 * Records `count` pending sessions through POST /service-records/bulk (500 a request, as the
 * organiser), for the confirming line; returns the record ids in the order of their sessions.
 */
export async function recordPending(fixture: LedgerFixture, count: number): Promise<string[]> {
  const batches = Math.ceil(count / 500);
  const sessions = Array.from({ length: count }, () => fixture.slots.take());
  const ids = await inParallel(batches, 2, async (b) => {
    const entries = sessions
      .slice(b * 500, (b + 1) * 500)
      .map((session) => ({ ...session, content: SESSION_CONTENT }));
    const result = await fixture.organiser.ok('POST', '/api/v1/service-records/bulk', {
      activityId: fixture.activityId,
      entries,
    });
    if (result.failed) throw new Error(`bulk recording refused ${result.failed} entries`);
    return (result.results as { record: { id: string } }[]).map((r) => r.record.id);
  });
  return ids.flat();
}
