import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useApiAction } from '../../../components/use-api-action';
import { describeProblem } from '../../../i18n/problem-messages';
import { useMessages } from '../../../i18n/messages';
import { AttemptKeys, outcomeUnknown } from '../shared/attempt-key';
import { venueApi, type CodeLookup, type LookupBenefit } from '../venue-api';
import { CodeEntry } from './code-entry';
import { counterMessages } from './counter-messages';
import { HeldRedemption, type HeldAtCounter } from './held-redemption';
import { LookupResult } from './lookup-result';

interface Presented {
  readonly code: string;
  readonly lookup: CodeLookup;
}

interface FailedHold {
  readonly benefit: LookupBenefit;
  readonly error: unknown;
  /** No answer arrived: the same attempt may be sent again with its key. */
  readonly retryable: boolean;
}

/**
 * The counter: the volunteer's code (scanned or typed) → what it may take → hold one benefit →
 * capture it (or void it). Holding uses the code, so a new hold needs a new code.
 */
export function CounterPage() {
  const t = useMessages(counterMessages);
  const [presented, setPresented] = useState<Presented>();
  const [held, setHeld] = useState<HeldAtCounter>();
  const [failed, setFailed] = useState<FailedHold>();
  const [holding, setHolding] = useState<string>();
  const keys = useRef(new AttemptKeys());

  const lookup = useApiAction(async (code: string) => {
    const answer = await venueApi.lookup(code);
    keys.current.settle();
    setPresented({ code, lookup: answer });
    setHeld(undefined);
    setFailed(undefined);
  });

  const hold = async (benefit: LookupBenefit) => {
    if (!presented) return;
    setHolding(benefit.benefitId);
    setFailed(undefined);
    try {
      const key = keys.current.keyFor(`${presented.code}|${benefit.benefitId}`);
      const redemption = await venueApi.hold(benefit.benefitId, presented.code, key);
      keys.current.settle();
      setHeld({ redemption, title: benefit.title, volunteer: presented.lookup.volunteer });
      setPresented(undefined);
    } catch (error) {
      const retryable = outcomeUnknown(error);
      if (!retryable) {
        // A definite refusal may still have used the code: the next try starts from a new code.
        keys.current.settle();
        setPresented(undefined);
      }
      setFailed({ benefit, error, retryable });
    } finally {
      setHolding(undefined);
    }
  };

  const next = () => {
    setHeld(undefined);
    setPresented(undefined);
    setFailed(undefined);
  };

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('codeCard')}>
            <Typography.Paragraph type="secondary">{t('codeIntro')}</Typography.Paragraph>
            <CodeEntry onLookup={(code) => void lookup.run(code)} busy={lookup.busy} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {failed && (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              message={t('holdFailed', { title: failed.benefit.title })}
              description={
                <Space direction="vertical">
                  <span>
                    {failed.retryable ? t('holdUnknown') : describeProblem(failed.error, t.language)}
                  </span>
                  {failed.retryable ? (
                    <Button onClick={() => void hold(failed.benefit)} loading={holding !== undefined}>
                      {t('retry')}
                    </Button>
                  ) : (
                    <span>{t('newCodeHint')}</span>
                  )}
                </Space>
              }
            />
          )}
          {held && (
            <HeldRedemption
              held={held}
              onChanged={(redemption) => setHeld({ ...held, redemption })}
              onNext={next}
            />
          )}
          {presented && (
            <LookupResult lookup={presented.lookup} onHold={(b) => void hold(b)} holding={holding} />
          )}
        </Col>
      </Row>
    </>
  );
}
