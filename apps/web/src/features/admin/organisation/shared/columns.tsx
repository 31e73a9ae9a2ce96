import { Button } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { RegionName } from '../../../../components/regions/region-name';

/** The region a row belongs to, by its name (中牟县), the full name and the code in a tooltip. */
export function regionColumn<T>(title: string): ColumnType<T> {
  return { title, dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> };
}

/** A last column with one small button a row, e.g. 详情 opening the row's drawer. */
export function buttonColumn<T>(title: string, label: string, onClick: (row: T) => void): ColumnType<T> {
  return {
    title,
    key: 'actions',
    render: (_: unknown, row: T) => (
      <Button size="small" onClick={() => onClick(row)}>
        {label}
      </Button>
    ),
  };
}
