import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import type { Query } from '../../../../api/client';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useApiQuery } from '../../../../components/use-api-query';
import { useMessages } from '../../../../i18n/messages';
import { sharedMessages } from './shared-messages';

export const PAGE_SIZES = [10, 20, 50, 100];

/**
 * One server-paged list: `GET path?…filters&page=&pageSize=` answering `Page<T>`. A change of the
 * filters goes back to the first page (page 3 of an older search means nothing).
 */
export function usePagedList<T>(path: string | undefined, filters: Query = {}, initialPageSize = 20) {
  const t = useMessages(sharedMessages);
  const filterKey = JSON.stringify([path, filters]);
  const [paging, setPaging] = useState({ key: filterKey, page: 1, pageSize: initialPageSize });
  const page = paging.key === filterKey ? paging.page : 1;
  const { pageSize } = paging;
  const query = useApiQuery(
    () =>
      path
        ? api.get<Page<T>>(path, { ...filters, page, pageSize })
        : Promise.resolve<Page<T>>({ items: [], total: 0, page: 1, pageSize }),
    [filterKey, page, pageSize],
  );
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: (total) => t('total', { total }),
    locale: { items_per_page: t('perPage') },
    onChange: (nextPage, nextSize) =>
      setPaging({ key: filterKey, page: nextSize !== pageSize ? 1 : nextPage, pageSize: nextSize }),
  };
  return { ...query, items: query.data?.items ?? [], total: query.data?.total ?? 0, pagination };
}

/** What `usePagedList` gives a page: the rows, their refusal and the table's pager. */
export type PagedList<T> = ReturnType<typeof usePagedList<T>>;
