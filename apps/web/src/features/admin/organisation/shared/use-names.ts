import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../components/use-api-query';

/**
 * The names of the things a page of rows refers to by id (a project's team, an activity's project):
 * one read per distinct id on the page, so a table can show names rather than ids. An id that cannot
 * be read (outside the region, say) stays out of the map and the cell shows a dash.
 */
export function useNames<T>(
  basePath: string,
  ids: readonly (string | null | undefined)[],
  nameOf: (row: T) => string,
) {
  const distinct = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))].sort();
  const { data } = useApiQuery(async () => {
    const entries = await Promise.all(
      distinct.map(async (id) => {
        try {
          const row = await api.get<T>(`${basePath}/${encodeURIComponent(id)}`);
          return [id, nameOf(row)] as const;
        } catch {
          return undefined;
        }
      }),
    );
    return new Map(entries.filter((entry): entry is readonly [string, string] => entry !== undefined));
  }, [basePath, distinct.join(',')]);
  return data ?? new Map<string, string>();
}
