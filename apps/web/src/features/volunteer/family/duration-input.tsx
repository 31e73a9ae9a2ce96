import { InputNumber, Space } from 'antd';

export interface DurationValue {
  readonly hours?: number | null;
  readonly minutes?: number | null;
}

interface DurationInputProps {
  readonly value?: DurationValue;
  readonly onChange?: (value: DurationValue) => void;
  readonly hoursLabel: string;
  readonly minutesLabel: string;
}

/** Hours and minutes side by side, as one form value (antd's custom form control shape). */
export function DurationInput({ value = {}, onChange, hoursLabel, minutesLabel }: DurationInputProps) {
  return (
    <Space wrap>
      <Space.Compact>
        <InputNumber
          min={0}
          precision={0}
          value={value.hours}
          onChange={(hours) => onChange?.({ ...value, hours })}
          aria-label={hoursLabel}
          style={{ width: 96 }}
        />
        <Space.Addon>{hoursLabel}</Space.Addon>
      </Space.Compact>
      <Space.Compact>
        <InputNumber
          min={0}
          max={59}
          precision={0}
          value={value.minutes}
          onChange={(minutes) => onChange?.({ ...value, minutes })}
          aria-label={minutesLabel}
          style={{ width: 96 }}
        />
        <Space.Addon>{minutesLabel}</Space.Addon>
      </Space.Compact>
    </Space>
  );
}
