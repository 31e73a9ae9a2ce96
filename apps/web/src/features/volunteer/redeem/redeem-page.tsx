import { QrcodeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { useApiAction } from '../../../components/use-api-action';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { volunteerApi, type RedemptionCode } from '../volunteer-api';
import { redeemMessages } from './redeem-messages';
import { RedemptionCodeCard } from './redemption-code-card';

/** The volunteer's consent to a redemption: a one-time code the venue scans. */
export function RedeemPage() {
  const t = useMessages(redeemMessages);
  const { volunteerId = '' } = useMe();
  const [issued, setIssued] = useState<RedemptionCode>();
  const summary = useApiQuery(() => volunteerApi.summary(volunteerId), [volunteerId]);
  const generate = useApiAction(async () => {
    setIssued(await volunteerApi.redemptionCode(volunteerId));
  });

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Card style={{ maxWidth: 480 }}>
        <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
        <Alert type="info" showIcon message={t('singleUse')} style={{ marginBottom: 16 }} />
        {summary.data && (
          <Typography.Paragraph strong>
            {t('pointsAvailable', { points: summary.data.points.available })}
          </Typography.Paragraph>
        )}
        {issued && <RedemptionCodeCard key={issued.code} issued={issued} />}
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button
            type={issued ? 'default' : 'primary'}
            size="large"
            icon={issued ? <ReloadOutlined /> : <QrcodeOutlined />}
            loading={generate.busy}
            onClick={() => void generate.run()}
          >
            {issued ? t('regenerate') : t('generate')}
          </Button>
        </div>
      </Card>
    </>
  );
}
