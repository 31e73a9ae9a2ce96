import { defineMessages } from '../../../../i18n/messages';

/**
 * The words for the API's enumerations. Fields and targets follow the provincial work plan
 * (河南省科技志愿服务体系建设试点工作方案); keys are the API's values.
 */

export const pilotLevelLabels = defineMessages({
  zh: { city: '市级试点', county: '县级试点' },
  en: { city: 'City pilot', county: 'County pilot' },
});

export const targetLabels = defineMessages({
  zh: {
    teams: '科技志愿服务队',
    projects: '科技志愿服务项目',
    activities: '科技志愿服务活动',
    stations: '科技志愿服务站点',
  },
  en: {
    teams: 'Volunteer teams',
    projects: 'Service projects',
    activities: 'Activities held',
    stations: 'Service stations',
  },
});

/** The same, short enough for a chart's axis. */
export const targetShortLabels = defineMessages({
  zh: { teams: '服务队', projects: '项目', activities: '活动', stations: '站点' },
  en: { teams: 'Teams', projects: 'Projects', activities: 'Activities', stations: 'Stations' },
});

export const institutionKindLabels = defineMessages({
  zh: {
    university: '高校',
    'research-institute': '科研院所',
    medical: '医疗卫生机构',
    enterprise: '科技型企业',
    association: '学会、协会',
    other: '其他',
  },
  en: {
    university: 'University',
    'research-institute': 'Research institute',
    medical: 'Medical institution',
    enterprise: 'Tech enterprise',
    association: 'Association or society',
    other: 'Other',
  },
});

export const projectFieldLabels = defineMessages({
  zh: {
    industry: '产业发展',
    'rural-revitalization': '乡村振兴',
    civility: '精神文明建设',
    'science-education': '科学教育',
    health: '医疗卫生',
    other: '其他',
  },
  en: {
    industry: 'Industry',
    'rural-revitalization': 'Rural revitalization',
    civility: 'Civility',
    'science-education': 'Science education',
    health: 'Health',
    other: 'Other',
  },
});

/** Where stations and partner venues sit (stations use the first six and other). */
export const venueTypeLabels = defineMessages({
  zh: {
    'science-museum': '科技馆',
    museum: '博物馆',
    memorial: '纪念馆',
    park: '公园',
    library: '图书馆',
    'community-centre': '社区综合服务设施',
    enterprise: '企业',
    other: '其他',
  },
  en: {
    'science-museum': 'Science museum',
    museum: 'Museum',
    memorial: 'Memorial',
    park: 'Park',
    library: 'Library',
    'community-centre': 'Community service centre',
    enterprise: 'Enterprise',
    other: 'Other',
  },
});

export const sixMustLabels = defineMessages({
  zh: {
    site: '有场所',
    team: '有队伍',
    project: '有项目',
    facilities: '有设施',
    rules: '有制度',
    signage: '有标识',
  },
  en: {
    site: 'A place',
    team: 'A team',
    project: 'A project',
    facilities: 'Facilities',
    rules: 'Rules',
    signage: 'Signage',
  },
});

export const idTypeLabels = defineMessages({
  zh: {
    'resident-id': '居民身份证',
    passport: '护照',
    'hk-macao-permit': '港澳居民来往内地通行证',
    'taiwan-permit': '台湾居民来往大陆通行证',
    'foreign-permanent-resident': '外国人永久居留身份证',
  },
  en: {
    'resident-id': 'Resident ID card',
    passport: 'Passport',
    'hk-macao-permit': 'Hong Kong/Macao permit',
    'taiwan-permit': 'Taiwan permit',
    'foreign-permanent-resident': 'Foreign permanent resident ID',
  },
});

export const roleLabels = defineMessages({
  zh: { admin: '管理员', organiser: '组织者', partner: '合作场馆', volunteer: '志愿者', auditor: '审计员' },
  en: {
    admin: 'Administrator',
    organiser: 'Organiser',
    partner: 'Partner venue',
    volunteer: 'Volunteer',
    auditor: 'Auditor',
  },
});
