import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Pagination, Row, Segmented, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { pilotLevelLabels } from '../shared/labels';
import { canAdminister } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import type { Pilot, PilotLevel } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { CreatePilotModal } from './create-pilot-modal';
import { dashboardMessages } from './dashboard-messages';
import { PilotCard } from './pilot-card';

type LevelFilter = PilotLevel | 'all';

/** 试点看板: every pilot of the region with its progress against the plan. */
export function PilotDashboardPage() {
  const t = useMessages(dashboardMessages);
  const levelLabel = useMessages(pilotLevelLabels);
  const s = useMessages(sharedMessages);
  const me = useMe();
  const [level, setLevel] = useState<LevelFilter>('all');
  const [creating, setCreating] = useState(false);
  const pilots = usePagedList<Pilot>('/pilots', { level: level === 'all' ? undefined : level }, 10);

  return (
    <div>
      <Row justify="space-between" align="middle" gutter={[8, 8]} style={{ marginBottom: 8 }}>
        <Col>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
        </Col>
        <Col>
          <Space wrap>
            <Segmented<LevelFilter>
              value={level}
              onChange={setLevel}
              options={[
                { value: 'all', label: t('allLevels') },
                { value: 'city', label: levelLabel('city') },
                { value: 'county', label: levelLabel('county') },
              ]}
            />
            <Button icon={<ReloadOutlined />} onClick={pilots.reload} aria-label={s('refresh')} />
            {canAdminister(me) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('newPilot')}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert error={pilots.error} />
      <Spin spinning={pilots.loading}>
        {pilots.items.length === 0 && !pilots.loading ? (
          <Empty description={t('noPilots')} />
        ) : (
          <Row gutter={[16, 16]}>
            {pilots.items.map((pilot) => (
              <Col key={pilot.id} xs={24} xl={12}>
                <PilotCard pilot={pilot} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {pilots.total > (pilots.pagination.pageSize ?? 10) && (
        <Pagination {...pilots.pagination} style={{ marginTop: 16, textAlign: 'right' }} />
      )}
      {canAdminister(me) && (
        <CreatePilotModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            pilots.reload();
          }}
        />
      )}
    </div>
  );
}
