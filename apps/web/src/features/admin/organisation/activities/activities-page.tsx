import { Alert, DatePicker, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { formatDateTime } from '../../../../i18n/dates';
import { buttonColumn, regionColumn } from '../shared/columns';
import { OpenLink } from '../shared/open-link';
import { ProjectSelect } from '../shared/project-select';
import { RegisterPage } from '../shared/register-page';
import { canOrganise } from '../shared/roles';
import type { Activity, Campaign, Project, Station } from '../shared/types';
import { useNames } from '../shared/use-names';
import { usePagedList } from '../shared/use-paged-list';
import { activitiesMessages } from './activities-messages';
import { ActivityDrawer } from './activity-drawer';
import { campaignName } from './campaign-names';
import { CreateActivityModal } from './create-activity-modal';

/** 科技志愿服务活动: by start date (newest first), with the campaigns each falls in. */
export function ActivitiesPage() {
  const t = useMessages(activitiesMessages);
  const { language } = useLanguage();
  const me = useMe();
  const [q, setQ] = useState('');
  const [projectId, setProjectId] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [created, setCreated] = useState<Activity>();
  const [opened, setOpened] = useState<Activity>();
  const activities = usePagedList<Activity>('/activities', {
    q,
    projectId,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  });
  const projectNames = useNames<Project>(
    '/projects',
    activities.items.map((activity) => activity.projectId),
    (project) => project.name,
  );
  const stationNames = useNames<Station>(
    '/stations',
    activities.items.map((activity) => activity.stationId),
    (station) => station.name,
  );

  const campaignTag = (campaign: Campaign) => (
    <Tag key={campaign.id} color="volcano">
      {campaignName(campaign, language)}
      {campaign.pointsMultiplier && campaign.pointsMultiplier !== 1
        ? ` · ${t('multiplier', { multiplier: campaign.pointsMultiplier })}`
        : ''}
    </Tag>
  );

  const columns: ColumnsType<Activity> = [
    {
      title: t('activityTitle'),
      dataIndex: 'title',
      render: (title: string, activity) => <OpenLink onClick={() => setOpened(activity)}>{title}</OpenLink>,
    },
    { title: t('project'), dataIndex: 'projectId', render: (id: string) => projectNames.get(id) ?? '—' },
    {
      title: t('startsAt'),
      dataIndex: 'startsAt',
      render: (iso: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(iso, language)}</span>,
    },
    {
      title: t('endsAt'),
      dataIndex: 'endsAt',
      render: (iso: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(iso, language)}</span>,
    },
    {
      title: t('station'),
      dataIndex: 'stationId',
      render: (id: string | null | undefined) => (id ? (stationNames.get(id) ?? '—') : '—'),
    },
    regionColumn(t('region')),
    {
      title: t('campaigns'),
      dataIndex: 'campaigns',
      render: (campaigns: readonly Campaign[]) =>
        campaigns.length ? campaigns.map(campaignTag) : t('noCampaign'),
    },
    { title: t('records'), dataIndex: 'confirmedRecords', align: 'right' },
    buttonColumn<Activity>(t('actions'), t('openRecords'), setOpened),
  ];

  return (
    <RegisterPage<Activity>
      title={t('title')}
      searchPlaceholder={t('searchPlaceholder')}
      onSearch={setQ}
      list={activities}
      columns={columns}
      testId="activities-table"
      filters={
        <>
          <DatePicker.RangePicker
            value={range}
            onChange={(value) => setRange(value)}
            placeholder={[t('dateFrom'), t('dateTo')]}
            allowEmpty={[true, true]}
            data-testid="activity-dates"
          />
          <div style={{ width: 200, maxWidth: '100%' }}>
            <ProjectSelect value={projectId} onChange={setProjectId} placeholder={t('projectFilter')} />
          </div>
        </>
      }
      create={
        canOrganise(me)
          ? {
              label: t('newActivity'),
              dialog: ({ open, onClose, finish }) => (
                <CreateActivityModal
                  open={open}
                  onClose={onClose}
                  onCreated={(activity) => {
                    finish();
                    setCreated(activity);
                  }}
                />
              ),
            }
          : undefined
      }
      banner={
        created && (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setCreated(undefined)}
            style={{ marginBottom: 16 }}
            data-testid="activity-created"
            message={
              created.campaigns.length
                ? t('createdInCampaigns', {
                    title: created.title,
                    campaigns: created.campaigns
                      .map((campaign) => campaignName(campaign, language))
                      .join('、'),
                  })
                : t('createdNoCampaign', { title: created.title })
            }
            description={created.campaigns.length ? created.campaigns.map(campaignTag) : undefined}
          />
        )
      }
    >
      <ActivityDrawer activity={opened} onClose={() => setOpened(undefined)} onChanged={activities.reload} />
    </RegisterPage>
  );
}
