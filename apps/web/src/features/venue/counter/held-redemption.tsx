import { Button, Card, Descriptions } from 'antd';
import { useMessages } from '../../../i18n/messages';
import { formatTime } from '../shared/format';
import { RedemptionActions } from '../shared/redemption-actions';
import { RedemptionStatusTag } from '../shared/redemption-status-tag';
import type { CodeLookup, Redemption } from '../venue-api';
import { counterMessages } from './counter-messages';

export interface HeldAtCounter {
  readonly redemption: Redemption;
  readonly title: string;
  readonly volunteer: CodeLookup['volunteer'];
}

interface HeldRedemptionProps {
  readonly held: HeldAtCounter;
  readonly onChanged: (redemption: Redemption) => void;
  readonly onNext: () => void;
}

/** The redemption just held at the counter: capture or void it, then serve the next visitor. */
export function HeldRedemption({ held, onChanged, onNext }: HeldRedemptionProps) {
  const t = useMessages(counterMessages);
  const { redemption } = held;
  const finished = redemption.status !== 'held' && redemption.status !== 'requested';
  return (
    <Card title={finished ? t('done') : t('heldTitle')} data-testid="held-redemption">
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('benefit')}>{held.title}</Descriptions.Item>
        <Descriptions.Item label={t('name')}>{held.volunteer.nameMasked}</Descriptions.Item>
        <Descriptions.Item label={t('volunteerNo')}>{held.volunteer.volunteerNo}</Descriptions.Item>
        <Descriptions.Item label={t('points')}>{redemption.points}</Descriptions.Item>
        <Descriptions.Item label={t('status')}>
          <RedemptionStatusTag status={redemption.status} />
        </Descriptions.Item>
        {redemption.status === 'held' && (
          <Descriptions.Item label={t('holdUntil')}>{formatTime(redemption.expiresAt)}</Descriptions.Item>
        )}
      </Descriptions>
      {finished ? (
        <div style={{ marginTop: 16 }}>
          <Button type="primary" size="large" onClick={onNext}>
            {t('next')}
          </Button>
        </div>
      ) : (
        <div style={{ marginTop: 16 }}>
          <RedemptionActions
            redemption={redemption}
            benefitTitle={held.title}
            onChanged={onChanged}
            size="large"
          />
        </div>
      )}
    </Card>
  );
}
