/**
 * What the demo builds: one city pilot (郑州市) and one county pilot (中牟县), each in realistic
 * partial progress against the provincial plan, so every dashboard line has something to show —
 * targets met, targets behind, pending records, and activities still to come.
 */
export interface DemoTeam {
  readonly name: string;
  readonly institution: { readonly kind: string; readonly name: string };
  readonly members: number;
  readonly platformRegistrationNo: string | null;
}

export interface DemoStation {
  readonly name: string;
  readonly venueType: string;
  /** How many of the six musts hold (in their order: site, team, project, facilities, rules, signage). */
  readonly musts: number;
}

export interface DemoPilotPlan {
  readonly name: string;
  readonly level: 'city' | 'county';
  readonly regionCode: string;
  readonly monthsSinceFunding: number;
  readonly volunteers: number;
  readonly teams: readonly DemoTeam[];
  readonly projects: ReadonlyArray<{ readonly name: string; readonly field: string; readonly team: number }>;
  readonly stations: readonly DemoStation[];
  /** Past activities whose records get confirmed, past ones left pending, and ones still to come. */
  readonly activities: { readonly confirmed: number; readonly pending: number; readonly upcoming: number };
  readonly activityTitles: readonly string[];
}

export const DEMO_PILOTS: readonly DemoPilotPlan[] = [
  {
    name: '郑州市科技志愿服务试点',
    level: 'city',
    regionCode: '410100',
    monthsSinceFunding: 8,
    volunteers: 140,
    teams: [
      {
        name: '郑州大学科技志愿服务队',
        institution: { kind: 'university', name: '郑州大学' },
        members: 56,
        platformRegistrationNo: 'DMZY-410100-2026-0001',
      },
      {
        name: '河南省农业科学院科技志愿服务队',
        institution: { kind: 'research-institute', name: '河南省农业科学院' },
        members: 52,
        platformRegistrationNo: 'DMZY-410100-2026-0002',
      },
      {
        name: '河南省人民医院健康科普志愿服务队',
        institution: { kind: 'medical', name: '河南省人民医院' },
        members: 51,
        platformRegistrationNo: 'DMZY-410100-2026-0003',
      },
      {
        name: '中原科技城企业科技志愿服务队',
        institution: { kind: 'enterprise', name: '中原科技城' },
        members: 34,
        platformRegistrationNo: 'DMZY-410100-2026-0004',
      },
      {
        name: '郑州市科协青年科技志愿服务队',
        institution: { kind: 'association', name: '郑州市科学技术协会' },
        members: 50,
        platformRegistrationNo: null,
      },
    ],
    projects: [
      { name: '“科技小院”助农增收', field: 'rural-revitalization', team: 1 },
      { name: '青少年科学素质提升计划', field: 'science-education', team: 0 },
      { name: '健康科普进社区', field: 'health', team: 2 },
    ],
    stations: [
      { name: '郑州科学技术馆科技志愿服务站', venueType: 'science-museum', musts: 6 },
      { name: '河南博物院科技志愿服务站', venueType: 'museum', musts: 6 },
      { name: '郑州植物园科普志愿服务站', venueType: 'park', musts: 6 },
      { name: '二七纪念馆科技志愿服务站', venueType: 'memorial', musts: 6 },
      { name: '金水区文化路街道社区服务中心站', venueType: 'community-centre', musts: 5 },
      { name: '惠济区科普e站', venueType: 'other', musts: 3 },
    ],
    activities: { confirmed: 12, pending: 2, upcoming: 3 },
    activityTitles: [
      '科普大篷车进校园',
      '小麦高产栽培技术讲座',
      '科学实验秀',
      '健康义诊与科普讲座',
      '院士专家校园行',
      '智能手机助老课堂',
      '全国科技工作者日主题活动',
      '防灾减灾科普宣传',
      '“科技小院”田间课堂',
      '天文观测之夜',
      '青少年机器人体验营',
      '科普讲解员培训',
    ],
  },
  {
    name: '中牟县科技志愿服务试点',
    level: 'county',
    regionCode: '410122',
    monthsSinceFunding: 6,
    volunteers: 40,
    teams: [
      {
        name: '中牟县科协科技志愿服务队',
        institution: { kind: 'association', name: '中牟县科学技术协会' },
        members: 24,
        platformRegistrationNo: 'DMZY-410122-2026-0001',
      },
      {
        name: '河南农业大学中牟科技小分队',
        institution: { kind: 'university', name: '河南农业大学' },
        members: 15,
        platformRegistrationNo: null,
      },
    ],
    projects: [
      { name: '大蒜种植技术服务', field: 'rural-revitalization', team: 1 },
      { name: '乡村学校科学课', field: 'science-education', team: 0 },
    ],
    stations: [
      { name: '中牟县科技馆科技志愿服务站', venueType: 'science-museum', musts: 6 },
      { name: '雁鸣湖镇社区服务中心站', venueType: 'community-centre', musts: 4 },
    ],
    activities: { confirmed: 7, pending: 1, upcoming: 2 },
    activityTitles: [
      '大蒜病虫害防治现场课',
      '乡村少年科学营',
      '农机安全使用培训',
      '科普进乡村文艺汇演',
      '中草药种植技术讲座',
      '留守儿童科学实验课',
      '农村电商技能培训',
    ],
  },
];

export const DEMO_ACCOUNTS = [
  { username: 'henan.admin', role: 'admin', regionCode: '410000', about: '省科协管理员（星级标准）' },
  { username: 'zhengzhou.admin', role: 'admin', regionCode: '410100', about: '郑州市科协管理员' },
  { username: 'zhengzhou.organiser', role: 'organiser', regionCode: '410100', about: '郑州市活动组织者' },
  { username: 'zhongmu.admin', role: 'admin', regionCode: '410122', about: '中牟县科协管理员' },
  { username: 'zhongmu.organiser', role: 'organiser', regionCode: '410122', about: '中牟县活动组织者' },
  { username: 'henan.auditor', role: 'auditor', regionCode: '410000', about: '省科协审计（只读）' },
] as const;

/** The 科协 of each pilot region, registered as certificate issuers (names and contacts are made up). */
export const DEMO_ISSUERS = [
  {
    name: '郑州市科学技术协会',
    regionCode: '410100',
    personInCharge: '王志强',
    handler: '刘静',
    contact: '0371-67180000',
  },
  {
    name: '中牟县科学技术协会',
    regionCode: '410122',
    personInCharge: '李建国',
    handler: '王晓燕',
    contact: '0371-62100000',
  },
] as const;

/**
 * A pilot rule set with thresholds small enough for a demo a few months old (the national set needs
 * 100 hours for one star); its top levels stay out of reach, so a county may certify every award.
 */
export const DEMO_RULE_SET = {
  name: '演示用星级标准（试点首年，门槛缩小）',
  thresholdsHours: [2, 6, 40, 80, 120],
  window: 'cumulative',
  noticeWorkingDays: 5,
} as const;

/**
 * Recruitment in the county (招募与报名): an activity recruiting for ten days ahead with a large
 * quota, a small class whose quota is already full (a line waits, one volunteer withdrew and the
 * first in line moved up), and an activity of today whose on-site check-in is open with a few
 * volunteers in. Volunteer accounts besides volunteer.demo sign themselves up, withdraw and check in.
 */
export const DEMO_RECRUITING = {
  /** Volunteer accounts of the county besides volunteer.demo (each bound to a volunteer of the pilot). */
  volunteerAccounts: ['zhongmu.volunteer1', 'zhongmu.volunteer2', 'zhongmu.volunteer3'],
  open: {
    title: '科普日乡村大集科普讲解',
    daysAhead: 10,
    startHour: 9,
    hours: 3,
    quota: 20,
    /** Sign-up closes this many days before the start, at 18:00. */
    deadlineDaysBefore: 2,
    /** Sign-ups staff add for volunteers without an account, besides the accounts' own. */
    staffSignups: 8,
  },
  small: {
    title: '农机安全使用培训（小班）',
    daysAhead: 14,
    startHour: 14,
    hours: 3,
    quota: 3,
    deadlineDaysBefore: 1,
    staffSignups: 5,
  },
  today: {
    title: '留守儿童科学实验课',
    hours: 3,
    quota: 10,
    staffSignups: 6,
  },
} as const;
