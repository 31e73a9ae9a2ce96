import { Alert, Button, Form, Input, Rate, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/api-error';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { formatDateTime } from '../../i18n/dates';
import { describeProblem } from '../../i18n/problem-messages';
import { rateNeed, trackNeed, type NeedStatus, type PublicNeed } from './needs-api';
import { needStatusLabels, needStepLabels, publicNeedMessages, stepWords } from './needs-messages';
import { PublicFrame } from './public-frame';

interface Lookup {
  trackingNo: string;
  token: string;
}

interface RatingValues {
  score: number;
  comment?: string;
}

const STATUS_COLOURS: Record<NeedStatus, string> = {
  submitted: 'default',
  accepted: 'processing',
  declined: 'error',
  dispatched: 'processing',
  taken: 'processing',
  fulfilled: 'success',
  rated: 'success',
  closed: 'default',
};

/** The requester follows its need with the number and the access code, and rates it once when served. */
export function NeedTrackPage() {
  const t = useMessages(publicNeedMessages);
  const statusWord = useMessages(needStatusLabels);
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Lookup>();
  const [need, setNeed] = useState<PublicNeed>();
  const [asked, setAsked] = useState<Lookup>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [thanks, setThanks] = useState(false);

  const problemWords = (failure: unknown) =>
    isApiError(failure) && failure.status === 404 ? t('wrongPair') : describeProblem(failure, language);

  const look = async (lookup: Lookup) => {
    const pair = { trackingNo: lookup.trackingNo.trim(), token: lookup.token.trim() };
    setBusy(true);
    setError(undefined);
    setThanks(false);
    try {
      setNeed(await trackNeed(pair.trackingNo, pair.token));
      setAsked(pair);
    } catch (failure) {
      setNeed(undefined);
      setError(problemWords(failure));
    } finally {
      setBusy(false);
    }
  };

  // A link fills in the number only: the secret is typed, never carried in an address (it would stay in
  // the browser's history and could leave in a Referer).
  const linked = { trackingNo: params.get('no') ?? '', token: '' };

  const rate = async ({ score, comment }: RatingValues) => {
    if (!asked) return;
    setBusy(true);
    setError(undefined);
    try {
      const text = comment?.trim();
      await rateNeed(asked.trackingNo, asked.token, { score, ...(text ? { comment: text } : {}) });
      setThanks(true);
      setNeed(await trackNeed(asked.trackingNo, asked.token));
    } catch (failure) {
      setError(problemWords(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicFrame title={t('trackTitle')}>
      <Form<Lookup>
        form={form}
        initialValues={linked}
        layout="vertical"
        name="track"
        onFinish={look}
        requiredMark={false}
      >
        <Form.Item
          name="trackingNo"
          label={t('trackingNo')}
          rules={[{ required: true, whitespace: true, message: t('wrongPair') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="token"
          label={t('accessToken')}
          rules={[{ required: true, whitespace: true, message: t('wrongPair') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy && !need}>
          {t('track')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} role="alert" />}
      {need && (
        <div style={{ marginTop: 16 }} data-testid="need-status">
          <Typography.Paragraph>
            {need.title && <Typography.Text strong>{need.title} </Typography.Text>}
            {t('status')}：<Tag color={STATUS_COLOURS[need.status]}>{statusWord(need.status)}</Tag>
          </Typography.Paragraph>
          {need.timeline.length > 0 && (
            <>
              <Typography.Text type="secondary">{t('timeline')}</Typography.Text>
              <Timeline
                style={{ marginTop: 12 }}
                items={need.timeline.map((step) => ({
                  children: (
                    <span>
                      {formatDateTime(step.at, language)} {stepWords(needStepLabels[language], step.type)}
                      {step.reason ? `（${step.reason}）` : ''}
                    </span>
                  ),
                }))}
              />
            </>
          )}
          {thanks && <Alert type="success" showIcon message={t('thanks')} style={{ marginBottom: 12 }} />}
          {need.rating && (
            <Typography.Paragraph>{t('rated', { score: need.rating.score })}</Typography.Paragraph>
          )}
          {need.status === 'fulfilled' && !need.rating && (
            <Form<RatingValues> layout="vertical" name="rating" onFinish={rate} requiredMark={false}>
              <Typography.Title level={5}>{t('rate')}</Typography.Title>
              <Form.Item
                name="score"
                label={t('score')}
                rules={[{ required: true, message: t('scoreRequired') }]}
              >
                <Rate />
              </Form.Item>
              <Form.Item name="comment" label={t('comment')}>
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('sendRating')}
              </Button>
            </Form>
          )}
        </div>
      )}
      <div style={{ marginTop: 16 }}>
        <Link to="/needs/new">{t('toForm')}</Link>
      </div>
    </PublicFrame>
  );
}
