import { ScanOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatTime } from '../../../i18n/dates';
import { describeProblem } from '../../../i18n/problem-messages';
import { useMessages } from '../../../i18n/messages';
import { journeyApi, type Location } from './journey-api';
import { journeyMessages } from './journey-messages';

/** The camera scanner and its QR decoder arrive only when the volunteer first taps 扫码. */
import { QrScanner } from '../../../components/camera/qr-scanner';

/** How long the page waits for the phone's position before checking in without one. */
export const LOCATION_WAIT_MS = 3000;

const SIX_DIGITS = /^\d{6}$/;

/** The phone's position if the browser gives one quickly; never an error, never a long wait. */
export function quickLocation(waitMs = LOCATION_WAIT_MS): Promise<Location | undefined> {
  const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
  if (!geolocation) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    try {
      geolocation.getCurrentPosition(
        (position) => {
          clearTimeout(timer);
          resolve({ lat: position.coords.latitude, lng: position.coords.longitude });
        },
        () => {
          clearTimeout(timer);
          resolve(undefined);
        },
        { timeout: waitMs, maximumAge: 60_000, enableHighAccuracy: false },
      );
    } catch {
      clearTimeout(timer);
      resolve(undefined);
    }
  });
}

/** The QR code's text as scanned (the server reads it), or typed digits without spaces. */
const acceptScanned = (text: string): string | undefined => {
  const value = text.trim();
  return value && value.length <= 2000 ? value : undefined;
};

interface Said {
  readonly type: 'success' | 'error' | 'info';
  readonly text: string;
}

/**
 * 扫码签到: the code on the organiser's screen, scanned with the camera or typed (6 digits), checks
 * the volunteer in or out. A refusal is said in words (CHECKIN_CODE_INVALID: scan the current code).
 */
export function CheckInPage() {
  const t = useMessages(journeyMessages);
  const [form] = Form.useForm<{ code: string }>();
  const [scanning, setScanning] = useState(false);
  const [params, setParams] = useSearchParams();
  // Opened from a QR code's address (/check-in?code=…) by the phone's camera: the code is read…
  const [linked] = useState(() => acceptScanned(params.get('code') ?? ''));
  const [scanned, setScanned] = useState<string | undefined>(linked);
  const [busy, setBusy] = useState<'in' | 'out'>();
  const [said, setSaid] = useState<Said | undefined>(() =>
    linked ? { type: 'info', text: t('linked') } : undefined,
  );

  // …and taken out of the address, so a reload does not offer an expired code again.
  const inAddress = params.has('code');
  useEffect(() => {
    if (inAddress) setParams({}, { replace: true });
  }, [inAddress, setParams]);

  const send = async (direction: 'in' | 'out', code: string) => {
    setBusy(direction);
    setSaid(undefined);
    try {
      if (direction === 'in') {
        const answer = await journeyApi.checkIn(code, await quickLocation());
        setSaid({ type: 'success', text: t('checkedIn', { time: formatTime(answer.checkedInAt) }) });
      } else {
        const answer = await journeyApi.checkOut(code);
        setSaid({
          type: 'success',
          text: t('checkedOut', { time: formatTime(answer.checkedOutAt), minutes: answer.minutes }),
        });
      }
    } catch (error) {
      setSaid({ type: 'error', text: t('refused', { reason: describeProblem(error, t.language) }) });
    } finally {
      setBusy(undefined);
    }
  };

  /** The scanned text when the field still shows what the scan put there, else the typed digits. */
  const submit = async (direction: 'in' | 'out') => {
    const typed = (form.getFieldValue('code') as string | undefined)?.replace(/\s+/g, '') ?? '';
    if (scanned && typed === '') return send(direction, scanned);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    return send(direction, typed);
  };

  const onScan = (value: string) => {
    setScanning(false);
    const digits = value.replace(/\s+/g, '');
    if (SIX_DIGITS.test(digits)) {
      form.setFieldsValue({ code: digits });
      setScanned(undefined);
    } else {
      form.setFieldsValue({ code: '' });
      setScanned(value);
    }
    void send('in', value);
  };

  return (
    <div style={{ maxWidth: 480 }}>
      <Typography.Title level={4}>{t('checkInTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('checkInIntro')}</Typography.Paragraph>
      {said && (
        <Alert
          type={said.type}
          showIcon
          message={said.text}
          role="status"
          data-testid="check-in-result"
          style={{ marginBottom: 12 }}
        />
      )}
      <Button
        icon={<ScanOutlined />}
        size="large"
        block
        onClick={() => setScanning((on) => !on)}
        style={{ marginBottom: 12 }}
        autoInsertSpace={false}
      >
        {scanning ? t('stopScan') : t('scan')}
      </Button>
      {scanning && (
        <div style={{ marginBottom: 12 }}>
          <QrScanner
            accept={acceptScanned}
            onCode={onScan}
            hint={t('scanHint')}
            describeProblem={(problem) => t(problem)}
          />
        </div>
      )}
      <Form form={form} layout="vertical" name="check-in-code" onFinish={() => void submit('in')}>
        <Form.Item
          label={t('code')}
          name="code"
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (!SIX_DIGITS.test((value ?? '').replace(/\s+/g, ''))) throw new Error(t('codeFormat'));
              },
            },
          ]}
        >
          <Input
            data-testid="check-in-code"
            placeholder={t('codePlaceholder')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            onChange={() => setScanned(undefined)}
            style={{ fontFamily: 'monospace', fontSize: 24, letterSpacing: 4 }}
          />
        </Form.Item>
        <Space style={{ width: '100%' }} size="middle">
          <Button
            type="primary"
            size="large"
            onClick={() => void submit('in')}
            loading={busy === 'in'}
            autoInsertSpace={false}
          >
            {t('checkIn')}
          </Button>
          <Button
            size="large"
            onClick={() => void submit('out')}
            loading={busy === 'out'}
            autoInsertSpace={false}
          >
            {t('checkOut')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
