import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useApiQuery } from '../../../../components/use-api-query';
import type { Team } from '../shared/types';
import { useNames } from '../shared/use-names';

const TYPING_PAUSE_MS = 250;

/** Several teams of the region, found by name as the person types; the chosen ones keep their names. */
export function TeamsPicker({
  value = [],
  onChange,
  id,
  placeholder,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  placeholder?: string;
}) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useApiQuery(
    () => api.get<Page<Team>>('/teams', { q: q || undefined, pageSize: 20 }),
    [q],
  );
  const names = useNames<Team>('/teams', value, (team) => team.name);
  const options = useMemo(() => {
    const listed = (data?.items ?? []).map((team) => ({ value: team.id, label: team.name }));
    const chosen = value
      .filter((teamId) => !listed.some((option) => option.value === teamId))
      .map((teamId) => ({ value: teamId, label: names.get(teamId) ?? teamId }));
    return [...chosen, ...listed];
  }, [data, value, names]);

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      data-testid="recruitment-teams"
      style={{ width: '100%' }}
      showSearch
      filterOption={false}
      loading={loading}
      placeholder={placeholder}
      value={value}
      options={options}
      onSearch={setTyped}
      onChange={(next) => {
        setTyped('');
        onChange?.(next);
      }}
    />
  );
}
