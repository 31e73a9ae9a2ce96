import { Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useMessages } from '../../../i18n/messages';
import { formatTime } from '../shared/format';
import type { CodeLookup, LookupBenefit } from '../venue-api';
import { counterMessages } from './counter-messages';
import { ineligibleReason } from './eligibility';

interface LookupResultProps {
  readonly lookup: CodeLookup;
  readonly onHold: (benefit: LookupBenefit) => void;
  /** The benefit being held right now; every 预留 waits for it. */
  readonly holding?: string;
}

/** Who the code belongs to (masked) and what of the venue's benefits it may take, with why not. */
export function LookupResult({ lookup, onHold, holding }: LookupResultProps) {
  const t = useMessages(counterMessages);
  const { volunteer } = lookup;
  return (
    <>
      <Card title={t('volunteerTitle')} data-testid="lookup-volunteer">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('name')}>{volunteer.nameMasked}</Descriptions.Item>
          <Descriptions.Item label={t('volunteerNo')}>{volunteer.volunteerNo}</Descriptions.Item>
          <Descriptions.Item label={t('star')}>
            {t('starValue', { level: volunteer.starLevel })}
          </Descriptions.Item>
          <Descriptions.Item label={t('pointsAvailable')}>
            <span data-testid="lookup-points">{lookup.pointsAvailable}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('codeExpires')}>{formatTime(lookup.codeExpiresAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('benefitsTitle')} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('singleUse')}</Typography.Paragraph>
        <List<LookupBenefit>
          dataSource={[...lookup.benefits]}
          rowKey="benefitId"
          locale={{ emptyText: t('noBenefits') }}
          renderItem={(benefit) => (
            <List.Item
              data-testid="lookup-benefit"
              data-eligible={benefit.eligible}
              actions={[
                <Button
                  key="hold"
                  type="primary"
                  autoInsertSpace={false}
                  disabled={!benefit.eligible || (holding !== undefined && holding !== benefit.benefitId)}
                  loading={holding === benefit.benefitId}
                  onClick={() => onHold(benefit)}
                >
                  {t('hold')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={benefit.title}
                description={
                  <Space direction="vertical" size={2}>
                    <Space wrap size={[8, 4]}>
                      <span>{t('cost', { points: benefit.pointsCost })}</span>
                      <span>{t('stockLeft', { stock: benefit.stockLeft })}</span>
                      {benefit.eligible && <Tag color="green">{t('eligible')}</Tag>}
                    </Space>
                    {!benefit.eligible && (
                      <Typography.Text type="danger" data-testid="ineligible-reason">
                        {ineligibleReason(benefit, lookup.pointsAvailable, t.language)}
                      </Typography.Text>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
