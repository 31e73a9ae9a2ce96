import { Button, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateRangeField } from '../../../components/date-range-field';
import { useApiAction } from '../../../components/use-api-action';
import { useMessages } from '../../../i18n/messages';
import { businessToday } from '../shared/format';
import { MAX_EXPORT_DAYS, venueApi } from '../venue-api';
import { exportPeriodProblem } from './export-period';
import { redemptionsMessages } from './redemptions-messages';

const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

/** A period's redemptions as a CSV file, within the server's longest listing. */
export function CsvExportForm({ partnerId }: { partnerId: string }) {
  const t = useMessages(redemptionsMessages);
  const today = businessToday();
  const exporting = useApiAction((from: string, to: string) => venueApi.exportCsv(partnerId, from, to));
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('exportIntro', { days: MAX_EXPORT_DAYS })}
      </Typography.Paragraph>
      <Form<{ period?: [Dayjs | null, Dayjs | null] | null }>
        layout="vertical"
        name="redemptions-export"
        onFinish={({ period }) => void exporting.run(day(period?.[0])!, day(period?.[1])!)}
        style={{ maxWidth: 420 }}
      >
        <Form.Item
          label={t('exportPeriod')}
          name="period"
          required
          rules={[
            {
              validator: async (_, value: [Dayjs | null, Dayjs | null] | null | undefined) => {
                const problem = exportPeriodProblem(day(value?.[0]), day(value?.[1]));
                if (problem) throw new Error(t(problem, { days: MAX_EXPORT_DAYS }));
              },
            },
          ]}
        >
          <DateRangeField
            placeholder={[t('exportStart'), t('exportEnd')]}
            disabledDate={(date) => date.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
        <Button htmlType="submit" loading={exporting.busy}>
          {t('export')}
        </Button>
      </Form>
    </>
  );
}
