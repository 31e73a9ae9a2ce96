import type { TablePaginationConfig } from 'antd';
import { useCallback, useState } from 'react';

/**
 * A table's page and page size, kept by the page that loads the rows. A new page size goes back to
 * the first page (the old page number would point somewhere else).
 */
export function usePaging(initialPageSize = 20) {
  const [{ page, pageSize }, setPaging] = useState({ page: 1, pageSize: initialPageSize });
  const setPage = useCallback((next: number) => setPaging((previous) => ({ ...previous, page: next })), []);
  /** The table's pager for `total` rows; `options` adds the sizes offered and the words. */
  const pagination = (total: number, options: TablePaginationConfig = {}): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    ...options,
    onChange: (nextPage, nextSize) =>
      setPaging({ page: nextSize !== pageSize ? 1 : nextPage, pageSize: nextSize }),
  });
  return { page, pageSize, setPage, pagination };
}
