import { Alert, App, Button, Card, QRCode, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatSpan, formatTime } from '../../../../i18n/dates';
import { describeProblem } from '../../../../i18n/problem-messages';
import { useMessages } from '../../../../i18n/messages';
import type { Activity, VolunteerListItem } from '../../organisation/shared/types';
import { useNames } from '../../organisation/shared/use-names';
import {
  ATTENDANCE_POLL_MS,
  attendanceApi,
  attendanceClock,
  CODE_RETRY_MS,
  type AttendanceCode,
  type AttendanceItem,
} from './attendance-api';
import { attendanceMessages } from './attendance-messages';

/** The QR code drawn large enough to scan from a step away, and never wider than the phone. */
const QR_PIXELS = 400;
const qrSize = () =>
  typeof window === 'undefined' ? QR_PIXELS : Math.max(200, Math.min(QR_PIXELS, window.innerWidth - 72));

/**
 * antd's own QR code (SVG): the `qrcode` package the volunteer's redemption code uses would be shared
 * between two areas' scripts, which makes the bundler add a runtime script to the sign-in page.
 */
function AttendanceQr({ text, alt }: { text: string; alt: string }) {
  const [size] = useState(qrSize);
  return (
    <div
      role="img"
      aria-label={alt}
      data-testid="attendance-qr"
      data-qr={text}
      style={{ display: 'flex', justifyContent: 'center', margin: '0 auto' }}
    >
      <QRCode value={text} type="svg" size={size} errorLevel="M" bordered={false} bgColor="#ffffff" />
    </div>
  );
}

/**
 * 现场签到 on the organiser's phone: opening attendance shows a large QR code and the 6-digit code,
 * both read again when they expire (every minute), the list of who is in and who has left (read
 * every 10 seconds), and 结束签到, which says how many are still in and will be checked out.
 */
export function AttendancePage() {
  const t = useMessages(attendanceMessages);
  const { id = '' } = useParams();
  const { modal } = App.useApp();
  const activity = useApiQuery(() => api.get<Activity>(`/activities/${encodeURIComponent(id)}`), [id]);
  const [session, setSession] = useState<AttendanceCode>();
  const [closed, setClosed] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [listTick, setListTick] = useState(0);

  const live = session !== undefined && !closed;
  const list = useApiQuery(
    () => (session ? attendanceApi.list(id) : Promise.resolve({ items: [] as AttendanceItem[] })),
    [id, session?.sessionId, listTick],
  );
  const names = useNames<VolunteerListItem>(
    '/volunteers',
    (list.data?.items ?? []).map((item) => item.volunteerId),
    (volunteer) => `${volunteer.name} · ${volunteer.volunteerNo}`,
  );

  // The list of who is in and out, while attendance is open.
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setListTick((n) => n + 1), ATTENDANCE_POLL_MS);
    return () => clearInterval(timer);
  }, [live]);

  // The next code when this one expires (timed by expiresAt on the page's clock).
  const sessionId = session?.sessionId;
  const expiresAt = session?.expiresAt;
  useEffect(() => {
    if (!live || !sessionId || !expiresAt) return;
    let current = true;
    const wait = Math.max(0, Date.parse(expiresAt) - attendanceClock.now());
    const timer = setTimeout(() => {
      attendanceApi.currentCode(sessionId).then(
        (pair) => {
          if (!current) return;
          setProblem(undefined);
          setSession((previous) =>
            previous ? { ...previous, ...pair, sessionId: previous.sessionId } : previous,
          );
        },
        (error: unknown) => {
          if (!current) return;
          setProblem(error);
          // Try again shortly: a new expiry a few seconds on restarts this effect.
          setSession((previous) =>
            previous
              ? { ...previous, expiresAt: new Date(attendanceClock.now() + CODE_RETRY_MS).toISOString() }
              : previous,
          );
        },
      );
    }, wait);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [live, sessionId, expiresAt]);

  const start = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      setSession(await attendanceApi.open(id));
      setClosed(false);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const items = list.data?.items ?? [];
  const stillIn = items.filter((item) => item.checkedInAt && !item.checkedOutAt).length;
  const out = items.filter((item) => item.checkedOutAt).length;
  const absent = items.filter((item) => !item.checkedInAt).length;
  const title = activity.data?.title ?? '';

  const confirmClose = () => {
    if (!session) return;
    modal.confirm({
      title: t('closeTitle', { title }),
      content: stillIn > 0 ? t('closeStillIn', { count: stillIn }) : t('closeNobodyIn'),
      okText: t('closeOk'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true, autoInsertSpace: false },
      cancelButtonProps: { autoInsertSpace: false },
      onOk: async () => {
        try {
          await attendanceApi.close(session.sessionId);
          setClosed(true);
          setProblem(undefined);
          setListTick((n) => n + 1);
        } catch (error) {
          setProblem(error);
        }
      },
    });
  };

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <Typography.Title level={4}>{title ? t('titleOf', { title }) : t('title')}</Typography.Title>
      {activity.data && (
        <Typography.Paragraph type="secondary">
          {formatSpan(activity.data.startsAt, activity.data.endsAt, t.language)}
        </Typography.Paragraph>
      )}
      {activity.error !== undefined && (
        <Alert type="error" showIcon message={describeProblem(activity.error, t.language)} />
      )}
      {problem !== undefined && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={describeProblem(problem, t.language)}
          style={{ marginBottom: 12 }}
          data-testid="attendance-problem"
        />
      )}
      {closed && (
        <Alert
          type="success"
          showIcon
          message={t('closed')}
          style={{ marginBottom: 12 }}
          data-testid="attendance-closed"
        />
      )}
      {!live ? (
        <Space wrap>
          <Button
            type="primary"
            size="large"
            onClick={() => void start()}
            loading={busy}
            autoInsertSpace={false}
          >
            {t('start')}
          </Button>
          <Link to="/admin/activities">{t('back')}</Link>
        </Space>
      ) : (
        <Card style={{ textAlign: 'center', marginBottom: 16 }} data-testid="attendance-live">
          <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
          <AttendanceQr text={session.qr} alt={t('qrAlt')} />
          <Typography.Text type="secondary">{t('code')}</Typography.Text>
          <div
            data-testid="attendance-code"
            aria-label={t('code')}
            style={{
              fontFamily: 'monospace',
              fontSize: 'clamp(40px, 14vw, 72px)',
              letterSpacing: 8,
              fontWeight: 600,
            }}
          >
            {session.code}
          </div>
          <Typography.Text type="secondary" data-testid="attendance-expires">
            {t('refreshes', { time: formatTime(session.expiresAt) })}
          </Typography.Text>
          <div style={{ marginTop: 16 }}>
            <Button danger size="large" onClick={confirmClose} autoInsertSpace={false}>
              {t('close')}
            </Button>
          </div>
        </Card>
      )}
      {session && (
        <>
          <Typography.Paragraph strong data-testid="attendance-counts" style={{ marginTop: 16 }}>
            {t('inCount', { in: stillIn, out, absent })}
          </Typography.Paragraph>
          <Table<AttendanceItem>
            data-testid="attendance-list"
            size="small"
            rowKey={(item) => `${item.volunteerId}|${item.checkedInAt ?? ''}`}
            pagination={false}
            dataSource={items}
            locale={{ emptyText: t('nobody') }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('volunteer'),
                key: 'volunteer',
                render: (_, item) => (
                  <>
                    {names.get(item.volunteerId) ?? item.volunteerId}
                    {!item.signup && (
                      <Tag style={{ marginLeft: 6 }} color="purple">
                        {t('walkIn')}
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: t('state'),
                key: 'state',
                render: (_, item) => (
                  <>
                    {item.checkedOutAt ? (
                      <Tag>{t('stateOut')}</Tag>
                    ) : item.checkedInAt ? (
                      <Tag color="green">{t('stateIn')}</Tag>
                    ) : (
                      <Tag color="orange">{t('stateAbsent')}</Tag>
                    )}
                    {item.farFromStation && <Tag color="red">{t('far')}</Tag>}
                  </>
                ),
              },
              {
                title: t('checkedInAt'),
                key: 'in',
                render: (_, item) => (item.checkedInAt ? formatTime(item.checkedInAt) : ''),
              },
              {
                title: t('checkedOutAt'),
                key: 'out',
                render: (_, item) => (item.checkedOutAt ? formatTime(item.checkedOutAt) : ''),
              },
              { title: t('minutes'), key: 'minutes', render: (_, item) => item.minutes ?? '' },
            ]}
          />
        </>
      )}
    </div>
  );
}
