import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { ProblemAlert } from '../../../../components/problem-alert';
import { RegisterHeader } from './register-header';
import type { PagedList } from './use-paged-list';

/** What a create dialog opened from a register needs: whether it is open, and how it ends. */
export interface CreateDialog {
  open: boolean;
  onClose: () => void;
  /** Closes the dialog and reloads the list, so the new row shows. */
  finish: () => void;
}

/**
 * One admin register: title, search box, filters and create button above; the list's refusal, then
 * its server-paged table. The page keeps its own filters and columns; this keeps the layout and the
 * create dialog's open state the same on every register.
 */
export function RegisterPage<T extends { id: string }>({
  title,
  searchPlaceholder,
  onSearch,
  list,
  columns,
  testId,
  filters,
  create,
  intro,
  banner,
  children,
}: {
  title: string;
  searchPlaceholder: string;
  onSearch: (q: string) => void;
  list: PagedList<T>;
  columns: ColumnsType<T>;
  /** data-testid of the table. */
  testId: string;
  filters?: ReactNode;
  /** The create button and its dialog; left out for those who may not create. */
  create?: { label: string; icon?: ReactNode; dialog: (dialog: CreateDialog) => ReactNode };
  intro?: string;
  /** Shown above the list's refusal, e.g. what a create just did. */
  banner?: ReactNode;
  /** Drawers and dialogs of the rows. */
  children?: ReactNode;
}) {
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <RegisterHeader
        title={title}
        searchPlaceholder={searchPlaceholder}
        onSearch={onSearch}
        onReload={list.reload}
      >
        {filters}
        {create && (
          <Button type="primary" icon={create.icon ?? <PlusOutlined />} onClick={() => setCreating(true)}>
            {create.label}
          </Button>
        )}
      </RegisterHeader>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {banner}
      <ProblemAlert error={list.error} />
      <Table<T>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={list.pagination}
        scroll={{ x: 'max-content' }}
        data-testid={testId}
      />
      {create?.dialog({
        open: creating,
        onClose: () => setCreating(false),
        finish: () => {
          setCreating(false);
          list.reload();
        },
      })}
      {children}
    </div>
  );
}
