import { DeciderSpecification } from '../testing/decider-specification';
import type { ScheduleActivity } from './activity.commands';
import { activityDecider } from './activity.decider';
import type { ActivityScheduled } from './activity.events';
import { adminMetadata as metadata, LUOYANG, ZHENGZHOU, ZHONGMU } from './organisation.fixtures';

const schedule = (data: Partial<ScheduleActivity['data']> = {}): ScheduleActivity => ({
  type: 'ScheduleActivity',
  data: {
    activityId: 'act-1',
    project: { projectId: 'prj-1', pilotId: 'plt-1', regionCode: ZHONGMU },
    title: '学雷锋科普进社区',
    startsAt: '2026-03-05T09:00:00+08:00',
    endsAt: '2026-03-05T11:30:00+08:00',
    regionCode: ZHONGMU,
    station: { stationId: 'stn-1', regionCode: ZHONGMU },
    ...data,
  },
  metadata,
});

const scheduled = (data: Partial<ActivityScheduled['data']> = {}): ActivityScheduled => ({
  type: 'ActivityScheduled',
  data: {
    activityId: 'act-1',
    projectId: 'prj-1',
    pilotId: 'plt-1',
    title: '学雷锋科普进社区',
    startsAt: '2026-03-05T09:00:00+08:00',
    endsAt: '2026-03-05T11:30:00+08:00',
    regionCode: ZHONGMU,
    stationId: 'stn-1',
    campaigns: ['xueleifeng-2026'],
    scheduledBy: 'acc-admin',
    scheduledAt: metadata.now,
    ...data,
  },
});

const spec = DeciderSpecification.for(activityDecider);

describe('activity', () => {
  it('is scheduled under a project, copying its pilot, with the campaigns it falls in', () => {
    spec.given([]).when(schedule()).then([scheduled()]);
  });

  it('outside every campaign it names none; without a station it names none', () => {
    spec
      .given([])
      .when(
        schedule({
          startsAt: '2026-04-10T09:00:00+08:00',
          endsAt: '2026-04-10T12:00:00+08:00',
          station: null,
        }),
      )
      .then([
        scheduled({
          startsAt: '2026-04-10T09:00:00+08:00',
          endsAt: '2026-04-10T12:00:00+08:00',
          stationId: null,
          campaigns: [],
        }),
      ]);
  });

  it('reads the campaign dates in Asia/Shanghai, whatever offset the times were given in', () => {
    // 2026-05-29T16:30Z is 30 May 00:30 in Shanghai: 全国科技工作者日.
    spec
      .given([])
      .when(schedule({ startsAt: '2026-05-29T16:30:00Z', endsAt: '2026-05-29T18:00:00Z' }))
      .thenEvents(([event]) =>
        expect((event as ActivityScheduled).data.campaigns).toEqual(['scientists-day-2026']),
      );
  });

  it('an activity of a project without a pilot counts toward none', () => {
    spec
      .given([])
      .when(schedule({ project: { projectId: 'prj-1', pilotId: null, regionCode: ZHENGZHOU } }))
      .thenEvents(([event]) => expect((event as ActivityScheduled).data.pilotId).toBeNull());
  });

  it('refuses a region outside the project (OUTSIDE_PROJECT_REGION)', () => {
    spec
      .given([])
      .when(schedule({ regionCode: ZHENGZHOU, station: null }))
      .thenThrows('OUTSIDE_PROJECT_REGION');
  });

  it('refuses a station of an unrelated region (STATION_OUTSIDE_REGION)', () => {
    spec
      .given([])
      .when(schedule({ station: { stationId: 'stn-9', regionCode: LUOYANG } }))
      .thenThrows('STATION_OUTSIDE_REGION');
  });

  it('refuses a second scheduling (CONFLICT)', () => {
    spec.given([scheduled()]).when(schedule()).thenThrows('CONFLICT');
  });

  it.each([
    ['an end before the start', { endsAt: '2026-03-05T08:00:00+08:00' }],
    ['an end equal to the start', { endsAt: '2026-03-05T09:00:00+08:00' }],
    ['a span over 31 days', { endsAt: '2026-04-06T09:00:01+08:00' }],
    ['a time without offset', { startsAt: '2026-03-05T09:00:00' }],
    ['an impossible date', { startsAt: '2026-02-30T09:00:00+08:00' }],
    ['a date in another century', { startsAt: '1999-03-05T09:00:00+08:00' }],
    ['an empty title', { title: ' ' }],
    ['a title too long', { title: 'x'.repeat(201) }],
    ['an invalid region', { regionCode: '123' }],
  ])('refuses %s (VALIDATION_FAILED)', (_case, data) => {
    spec.given([]).when(schedule(data)).thenThrows('VALIDATION_FAILED');
  });

  it('accepts a span of exactly 31 days', () => {
    spec
      .given([])
      .when(
        schedule({
          startsAt: '2026-07-01T08:00:00+08:00',
          endsAt: '2026-08-01T08:00:00+08:00',
          station: null,
        }),
      )
      .thenEvents(([event]) =>
        expect((event as ActivityScheduled).data.campaigns).toEqual(['sanxiaxiang-summer-2026']),
      );
  });
});

describe('activity recruitment', () => {
  const recruitment = {
    open: true,
    quota: 10,
    signupDeadline: '2026-03-04T18:00:00+08:00',
    approval: 'auto' as const,
    audience: 'region' as const,
    teamIds: [],
    walkIns: false,
  };

  it('an activity scheduled with a recruitment records it after the scheduling', () => {
    spec
      .given([])
      .when(schedule({ recruitment }))
      .then([
        scheduled(),
        {
          type: 'ActivityRecruitmentChanged',
          data: {
            activityId: 'act-1',
            recruitment,
            previous: null,
            changedBy: 'acc-admin',
            changedAt: metadata.now,
          },
        },
      ]);
  });

  it('a change names the recruitment before it; the same recruitment again changes nothing', () => {
    const set = (value: typeof recruitment) => ({
      type: 'SetActivityRecruitment' as const,
      data: { activityId: 'act-1', recruitment: value, recruitmentTeams: [] },
      metadata,
    });
    const changed = {
      type: 'ActivityRecruitmentChanged' as const,
      data: {
        activityId: 'act-1',
        recruitment,
        previous: null,
        changedBy: 'acc-admin',
        changedAt: metadata.now,
      },
    };
    spec
      .given([scheduled(), changed])
      .when(set({ ...recruitment, open: false }))
      .thenEvents(([event]) =>
        expect(event.data).toMatchObject({ recruitment: { open: false }, previous: { open: true } }),
      );
    spec.given([scheduled(), changed]).when(set(recruitment)).thenNothingHappens();
    spec.given([]).when(set(recruitment)).thenThrows('NOT_FOUND');
  });

  it('refuses a malformed recruitment, and teams that do not exist or lie outside the region', () => {
    spec
      .given([])
      .when(schedule({ recruitment: { ...recruitment, quota: 0 } }))
      .thenThrows('VALIDATION_FAILED');
    const teams = { ...recruitment, audience: 'teams' as const, teamIds: ['tm-0123456789abcdef01234567'] };
    spec
      .given([])
      .when(schedule({ recruitment: teams }))
      .thenThrows('NOT_FOUND');
    spec
      .given([])
      .when(
        schedule({
          recruitment: teams,
          recruitmentTeams: [{ teamId: 'tm-0123456789abcdef01234567', regionCode: LUOYANG }],
        }),
      )
      .thenThrows('TEAM_OUTSIDE_REGION');
  });
});
