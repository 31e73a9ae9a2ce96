import { defineMessages } from '../../../../i18n/messages';

export const projectsMessages = defineMessages({
  zh: {
    title: '科技志愿服务项目',
    searchPlaceholder: '按项目名称搜索',
    newProject: '新建项目',
    name: '项目名称',
    field: '服务领域',
    fieldHint: '围绕产业发展、乡村振兴、精神文明建设、科学教育、医疗卫生等领域策划设计',
    team: '实施队伍',
    teamFilter: '按队伍筛选',
    region: '区域',
    pilot: '所属试点',
    projectCreated: '项目“{name}”已创建。',
    teamRequired: '请选择实施队伍',
    fieldRequired: '请选择服务领域',
  },
  en: {
    title: 'Service projects',
    searchPlaceholder: 'Search by project name',
    newProject: 'New project',
    name: 'Project name',
    field: 'Field',
    fieldHint:
      'Designed for industry, rural revitalization, civility, science education, health and the like',
    team: 'Team running it',
    teamFilter: 'Filter by team',
    region: 'Region',
    pilot: 'Pilot',
    projectCreated: 'Project “{name}” created.',
    teamRequired: 'Choose the team',
    fieldRequired: 'Choose the field',
  },
});
