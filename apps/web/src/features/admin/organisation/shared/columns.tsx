import { Button } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { RegionText } from './region-field';

/** The region a row belongs to, by its name. */
export function regionColumn<T>(title: string): ColumnType<T> {
  return { title, dataIndex: 'regionCode', render: (code: string) => <RegionText code={code} /> };
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
