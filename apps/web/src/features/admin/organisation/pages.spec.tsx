import { cleanup, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type FakeResponse, installFetch, jsonResponse, on } from '../../../../test/fake-fetch';
import { dashboardRoutes, organisationRoutes } from './routes';
import { accountOf, meRoute, renderSignedIn } from './shared/testing/signed-in';

/** One row of each register, shaped as the API answers it. */
const ROWS = {
  pilots: {
    id: 'plt-1',
    name: '中牟县科技志愿服务试点',
    level: 'county',
    regionCode: '410122',
    fundedOn: '2026-03-01',
    endsOn: '2027-03-01',
  },
  teams: {
    id: 'tm-1',
    name: '中牟县科协科技志愿服务队',
    regionCode: '410122',
    pilotId: 'plt-1',
    institution: { kind: 'association', name: '中牟县科协' },
    platformRegistrationNo: null,
    memberCount: 24,
  },
  projects: {
    id: 'prj-1',
    name: '大蒜种植技术服务',
    teamId: 'tm-1',
    regionCode: '410122',
    pilotId: 'plt-1',
    field: 'rural-revitalization',
  },
  stations: {
    id: 'stn-1',
    name: '中牟县科技馆科技志愿服务站',
    regionCode: '410122',
    pilotId: null,
    venueType: 'science-museum',
    checklist: { site: true, team: true, project: true, facilities: true, rules: false, signage: true },
    meetsSixMusts: false,
  },
  activities: {
    id: 'act-1',
    projectId: 'prj-1',
    title: '科普进社区',
    startsAt: '2026-03-05T09:00:00+08:00',
    endsAt: '2026-03-05T11:00:00+08:00',
    regionCode: '410122',
    stationId: 'stn-1',
    campaigns: [
      {
        id: 'xueleifeng-2026',
        name: 'Lei Feng week',
        nameZh: '学雷锋志愿服务周',
        from: null,
        to: null,
        pointsMultiplier: 2,
      },
    ],
    confirmedRecords: 3,
  },
  partners: {
    id: 'ptn-1',
    name: '中牟县科技馆',
    regionCode: '410122',
    venueType: 'science-museum',
    benefitCount: 2,
  },
  volunteers: {
    id: 'vol-1',
    volunteerNo: '410122-2026-000001',
    name: '钱伟',
    regionCode: '410122',
    confirmedMinutes: 750,
    starLevel: 1,
  },
  accounts: {
    id: 'acc-1',
    username: 'zhongmu.venue',
    role: 'partner',
    regionCode: '410122',
    partnerId: 'ptn-1',
    volunteerId: null,
    status: 'active',
    registeredAt: '2026-03-01T08:00:00+08:00',
  },
} as const;

/** The server's answer on day 182 of 365 (the plan fields are the server's: the console computes none). */
const progress = {
  pilotId: 'plt-1',
  level: 'county',
  regionCode: '410122',
  fundedOn: '2026-03-01',
  endsOn: '2027-03-01',
  asOf: '2026-08-30',
  daysLeft: 183,
  ended: false,
  met: false,
  targets: {
    teams: { required: 2, minMembers: 20, actual: 1, met: false, plannedByToday: 0, behindPlan: false },
    projects: { required: 2, actual: 2, met: true, plannedByToday: 0, behindPlan: false },
    activities: { required: 10, actual: 3, met: false, plannedByToday: 4, behindPlan: true },
    stations: { required: 2, actual: 1, met: false, plannedByToday: 0, behindPlan: false },
  },
  behind: [
    { target: 'teams', required: 2, actual: 1, missing: 1 },
    { target: 'activities', required: 10, actual: 3, missing: 7 },
    { target: 'stations', required: 2, actual: 1, missing: 1 },
  ],
  behindPlan: [{ target: 'activities', required: 10, actual: 3, plannedByToday: 4, short: 1 }],
};

function answerEverything() {
  const lists = Object.entries(ROWS).map(([name, row]) =>
    on('GET', `/api/v1/${name}`, () => jsonResponse(200, { items: [row], total: 1, page: 1, pageSize: 20 })),
  );
  const reads = Object.entries(ROWS).map(([name, row]) =>
    on('GET', new RegExp(`^/api/v1/${name}/[^/]+$`), () => jsonResponse(200, row)),
  );
  installFetch(
    meRoute(accountOf('admin')),
    on('GET', /^\/api\/v1\/pilots\/[^/]+\/progress$/, () => jsonResponse(200, progress)),
    ...lists,
    ...reads,
  );
}

/**
 * Counts the page's requests and the answers it has read, so that a test can wait until the page
 * has read everything it asked for, instead of sleeping and hoping it did.
 */
function watchRequests() {
  const fake = globalThis.fetch;
  const asked: string[] = [];
  const read = new Set<number>();
  (globalThis as unknown as { fetch: unknown }).fetch = async (url: string, init?: RequestInit) => {
    const n = asked.push(`${init?.method ?? 'GET'} ${url}`) - 1;
    let response: FakeResponse;
    try {
      response = (await fake(url, init)) as unknown as FakeResponse;
    } catch (error) {
      read.add(n);
      throw error;
    }
    const done = <T,>(body: Promise<T>) => body.finally(() => read.add(n));
    return { ...response, json: () => done(response.json()), blob: () => done(response.blob()) };
  };
  return {
    /** Resolves once every request made has been answered and read, and no new one followed. */
    async settled() {
      let seen = -1;
      while (seen !== asked.length) {
        seen = asked.length;
        await waitFor(() => expect(asked.filter((_, n) => !read.has(n))).toEqual([]));
      }
    },
  };
}

/** What React and antd say when a page is built wrongly (keys, deprecated props, bad nesting). */
function watchConsole() {
  const said: string[] = [];
  const keep = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // Timing notes from the test harness itself, not faults of the page.
    if (/not wrapped in act|React Router Future Flag/.test(text)) return;
    said.push(text.slice(0, 400));
  };
  const error = jest.spyOn(console, 'error').mockImplementation(keep);
  const warn = jest.spyOn(console, 'warn').mockImplementation(keep);
  return {
    said,
    restore: () => {
      error.mockRestore();
      warn.mockRestore();
    },
  };
}

const pages: [string, ReactNode][] = [...dashboardRoutes, ...organisationRoutes].map((route) => [
  route.path || '(dashboard)',
  route.element,
]);
const SHOWN: Record<string, string> = {
  '(dashboard)': '中牟县科技志愿服务试点',
  teams: '中牟县科协科技志愿服务队',
  projects: '大蒜种植技术服务',
  stations: '中牟县科技馆科技志愿服务站',
  activities: '科普进社区',
  partners: '中牟县科技馆',
  volunteers: '钱伟',
  accounts: 'zhongmu.venue',
};

describe('every register page', () => {
  it.each(pages)('%s renders its rows with no React or antd warning', async (path, element) => {
    answerEverything();
    const requests = watchRequests();
    const console = watchConsole();
    try {
      renderSignedIn(element);
      expect((await screen.findAllByText(SHOWN[path])).length).toBeGreaterThan(0);
      // Whatever the page asks for after its rows (pickers, figures) is answered and drawn too.
      await requests.settled();
      cleanup();
      expect(console.said).toEqual([]);
    } finally {
      console.restore();
    }
  });
});
