import { Alert, Col, Row, Statistic } from 'antd';
import { useMessages } from '../../../../i18n/messages';
import { shanghaiToday } from '../shared/format';
import { type Notice, noticeCountdown } from './notice-countdown';
import { starMessages } from './star-messages';

/** How long the public notice still runs, in working and calendar days, and when to finalize. */
export function NoticeCountdownCard({ notice }: { readonly notice: Notice }) {
  const t = useMessages(starMessages);
  const { noticeEndsOn, noticeWorkingDays } = notice;
  const c = noticeCountdown(notice, shanghaiToday());
  if (c.over) {
    return (
      <Alert
        data-testid="notice-countdown"
        type="success"
        showIcon
        message={noticeWorkingDays === 0 ? t('countdownOverNoDays') : t('countdownOver', { noticeEndsOn })}
      />
    );
  }
  return (
    <Alert
      data-testid="notice-countdown"
      type="info"
      showIcon
      message={
        c.workingDaysLeft === null
          ? t('countdownRunningNoWorking', { calendar: c.calendarDaysLeft, finalizeFrom: c.finalizeFrom })
          : t('countdownRunning', {
              working: c.workingDaysLeft,
              calendar: c.calendarDaysLeft,
              finalizeFrom: c.finalizeFrom,
            })
      }
      description={
        <Row gutter={24}>
          {c.workingDaysLeft !== null && (
            <Col xs={12} sm={8}>
              <Statistic title={t('workingDaysLeft')} value={c.workingDaysLeft} />
            </Col>
          )}
          <Col xs={12} sm={8}>
            <Statistic title={t('calendarDaysLeft')} value={c.calendarDaysLeft} />
          </Col>
          <Col xs={24} sm={8}>
            <Statistic title={t('fieldNoticeEnds')} value={noticeEndsOn} />
          </Col>
        </Row>
      }
    />
  );
}
