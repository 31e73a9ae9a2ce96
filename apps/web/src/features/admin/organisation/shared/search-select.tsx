import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, type Query } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useApiQuery } from '../../../../components/use-api-query';
import { useMessages } from '../../../../i18n/messages';
import { sharedMessages } from './shared-messages';

export interface SearchOption {
  readonly value: string;
  readonly label: string;
}

export interface SearchSelectProps<T> {
  /** A list endpoint answering `Page<T>` and searching by `q`. */
  readonly path: string;
  readonly filters?: Query;
  readonly optionOf: (item: T) => SearchOption;
  /** Form.Item passes these three. */
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly id?: string;
  /** The whole row chosen, e.g. to fill in its region. */
  readonly onPick?: (item: T | undefined) => void;
  readonly placeholder?: string;
  readonly allowClear?: boolean;
  readonly disabled?: boolean;
  readonly testId?: string;
}

const TYPING_PAUSE_MS = 250;

/**
 * A select that searches a register on the server as the person types (a region holds thousands of
 * volunteers; no list is loaded whole). The chosen option stays labelled after the search moves on.
 */
export function SearchSelect<T>({
  path,
  filters = {},
  optionOf,
  value,
  onChange,
  id,
  onPick,
  placeholder,
  allowClear = true,
  disabled,
  testId,
}: SearchSelectProps<T>) {
  const t = useMessages(sharedMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<SearchOption | undefined>();

  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const filterKey = JSON.stringify(filters);
  const { data, loading } = useApiQuery(
    () => api.get<Page<T>>(path, { ...filters, q: q || undefined, pageSize: 20 }),
    [path, filterKey, q],
  );
  const items = useMemo(() => data?.items ?? [], [data]);
  const options = useMemo(() => {
    const listed = items.map(optionOf);
    return chosen && chosen.value === value && !listed.some((option) => option.value === chosen.value)
      ? [chosen, ...listed]
      : listed;
  }, [items, optionOf, chosen, value]);

  return (
    <Select<string>
      id={id}
      data-testid={testId}
      style={{ width: '100%', minWidth: 160 }}
      showSearch
      filterOption={false}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? t('searchToChoose')}
      value={value}
      loading={loading}
      options={options}
      notFoundContent={loading ? undefined : t('noMatch')}
      onSearch={setTyped}
      onChange={(next) => {
        const item = items.find((candidate) => optionOf(candidate).value === next);
        setChosen(options.find((option) => option.value === next));
        onChange?.(next);
        onPick?.(item);
      }}
    />
  );
}
