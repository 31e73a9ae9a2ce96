import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMessages } from '../../../../i18n/messages';
import { sessionProblem } from './record-times';
import { recordingMessages } from './recording-messages';

/** How a session's start and end are typed and shown: Beijing time to the minute. */
export const SESSION_PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

function SessionTimePicker(props: { value?: Dayjs; onChange?: (value: Dayjs | null) => void; id?: string }) {
  return (
    <DatePicker
      {...props}
      showTime={{ format: 'HH:mm' }}
      format={SESSION_PICKER_FORMAT}
      needConfirm={false}
      style={{ width: '100%' }}
    />
  );
}

/**
 * The `startedAt` and `endedAt` fields of a service session, with the session rules the console can
 * check before sending (the end after the start, at most 24 hours; recording-rules in record-times.ts).
 * One component for recording a session and for correcting one, so both say the same thing.
 */
export function SessionTimeFields({ startLabel, endLabel }: { startLabel: string; endLabel: string }) {
  const t = useMessages(recordingMessages);
  return (
    <>
      <Form.Item
        name="startedAt"
        label={startLabel}
        extra={t('timeHint')}
        rules={[{ required: true, message: startLabel }]}
      >
        <SessionTimePicker />
      </Form.Item>
      <Form.Item
        name="endedAt"
        label={endLabel}
        dependencies={['startedAt']}
        rules={[
          { required: true, message: endLabel },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const start = getFieldValue('startedAt') as Dayjs | undefined;
              if (!value || !start) return;
              const problem = sessionProblem(start, value);
              if (problem === 'end-not-after-start') throw new Error(t('endNotAfterStart'));
              if (problem === 'too-long') throw new Error(t('tooLong'));
            },
          }),
        ]}
      >
        <SessionTimePicker />
      </Form.Item>
    </>
  );
}
