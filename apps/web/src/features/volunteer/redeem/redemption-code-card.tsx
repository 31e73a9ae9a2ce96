import { Alert, Statistic, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { groupCode } from '../../venue/shared/volunteer-code';
import type { RedemptionCode } from '../volunteer-api';
import { redeemMessages } from './redeem-messages';

interface Drawn {
  readonly code: string;
  readonly url: string;
}

/** The code as a QR code and as grouped digits, with the time it has left. */
export function RedemptionCodeCard({ issued }: { issued: RedemptionCode }) {
  const t = useMessages(redeemMessages);
  const [drawn, setDrawn] = useState<Drawn>();
  const [expiredCode, setExpiredCode] = useState<string>();
  const expired = expiredCode === issued.code;

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(issued.code, { width: 240, margin: 2, errorCorrectionLevel: 'M' }).then(
      (url) => current && setDrawn({ code: issued.code, url }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [issued.code]);

  const qr = drawn?.code === issued.code ? drawn.url : undefined;
  return (
    <div style={{ textAlign: 'center' }}>
      <div style={{ opacity: expired ? 0.2 : 1, transition: 'opacity 0.3s' }}>
        <div style={{ width: 240, height: 240, margin: '0 auto', maxWidth: '100%' }}>
          {qr && (
            <img
              src={qr}
              alt={t('qrAlt')}
              width={240}
              height={240}
              style={{ maxWidth: '100%', height: 'auto' }}
            />
          )}
        </div>
        <Typography.Text type="secondary">{t('digits')}</Typography.Text>
        <div
          data-testid="redemption-code"
          style={{ fontFamily: 'monospace', fontSize: 24, letterSpacing: 1, whiteSpace: 'nowrap' }}
          aria-label={t('digits')}
        >
          {groupCode(issued.code)}
        </div>
      </div>
      {expired ? (
        <Alert type="warning" showIcon message={t('expired')} style={{ marginTop: 12, textAlign: 'left' }} />
      ) : (
        <Statistic.Timer
          type="countdown"
          title={t('expiresIn')}
          value={Date.parse(issued.expiresAt)}
          format="mm:ss"
          onFinish={() => setExpiredCode(issued.code)}
          style={{ marginTop: 8 }}
        />
      )}
    </div>
  );
}
