import { Alert, List, Space, Tag, Typography } from 'antd';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import type { ServiceRecordItem } from '../shared/api-types';
import { formatSpan } from '../shared/format';
import type { BulkTally } from './bulk-run';
import { recordsMessages } from './records-messages';
import { RefusalTag } from './refusal-tag';

export type BulkAction = 'confirm' | 'reject';

/**
 * What a bulk run did: how many went through and, for every record refused, which record and why —
 * a refusal such as SELF_CONFIRMATION or OVERLAPPING_SERVICE is a decision the person must act on,
 * so it stays on the page rather than in a passing toast.
 */
export function BulkSummary({
  action,
  tally,
  onClose,
}: {
  readonly action: BulkAction;
  readonly tally: BulkTally<ServiceRecordItem>;
  readonly onClose: () => void;
}) {
  const t = useMessages(recordsMessages);
  const { language } = useLanguage();
  const firstError = (code: string) => tally.refusals.find((r) => r.code === code)?.error;
  const headline = t(action === 'confirm' ? 'summaryConfirmed' : 'summaryRejected', {
    count: tally.succeeded,
  });

  return (
    <Alert
      data-testid="bulk-summary"
      type={tally.refused || tally.notRun ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 16 }}
      message={headline}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          {tally.refused === 0 && tally.notRun === 0 && <span>{t('summaryAllDone')}</span>}
          {tally.refused > 0 && (
            <>
              <Typography.Text strong>
                {t(action === 'confirm' ? 'summaryRefusedConfirm' : 'summaryRefusedReject', {
                  count: tally.refused,
                })}
              </Typography.Text>
              <Space wrap size={[8, 4]} data-testid="bulk-summary-codes">
                {tally.byCode.map(({ code, count }) => (
                  <Tag key={code} color="error" style={{ whiteSpace: 'normal' }}>
                    {describeProblem(firstError(code), language)} × {t('summaryByCode', { count })}
                  </Tag>
                ))}
              </Space>
              <List
                size="small"
                dataSource={[...tally.refusals]}
                rowKey={(refusal) => refusal.item.id}
                renderItem={({ item, error }) => (
                  <List.Item data-testid="bulk-refusal">
                    <Space wrap size={[8, 4]}>
                      <Typography.Text>
                        {item.volunteerName}（{item.volunteerNo}）
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {item.activityTitle ?? item.activityId}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {formatSpan(item.startedAt, item.endedAt, t.language)}
                      </Typography.Text>
                      <RefusalTag error={error} />
                    </Space>
                  </List.Item>
                )}
              />
            </>
          )}
          {tally.notRun > 0 && <span>{t('summaryNotRun', { count: tally.notRun })}</span>}
        </Space>
      }
    />
  );
}
