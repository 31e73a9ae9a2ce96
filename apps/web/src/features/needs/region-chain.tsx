import { Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { loadChildren, type RegionItem } from '../../components/regions/region-api';
import { useMessages } from '../../i18n/messages';
import { publicNeedMessages } from './needs-messages';

const loadProvinces = () => api.get<{ items: RegionItem[] }>('/regions').then((answer) => answer.items);

/**
 * A region picked by name without an account: province, city, then county, each a select of the
 * divisions under the one above (GET /regions, public). The value is the county's code, or the
 * deepest division chosen when it has nothing below it.
 */
export function RegionChain({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}) {
  const t = useMessages(publicNeedMessages);
  const [path, setPath] = useState<RegionItem[]>([]);
  const [levels, setLevels] = useState<(readonly RegionItem[])[]>([]);

  useEffect(() => {
    let current = true;
    loadProvinces().then(
      (items) => current && setLevels([items]),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const choose = async (depth: number, code: string) => {
    const item = levels[depth]?.find((region) => region.code === code);
    if (!item) return;
    const nextPath = [...path.slice(0, depth), item];
    setPath(nextPath);
    setLevels((known) => known.slice(0, depth + 1));
    onChange?.(item.hasChildren ? undefined : item.code);
    if (item.hasChildren) {
      const below = await loadChildren(item.code);
      setLevels((known) => [...known.slice(0, depth + 1), below]);
    }
  };

  const names = [t('province'), t('city'), t('county')];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-value={value ?? ''}>
      {levels.map((items, depth) => (
        <Select
          key={depth}
          id={depth === 0 ? id : undefined}
          aria-label={names[depth] ?? names[2]}
          placeholder={names[depth] ?? names[2]}
          style={{ width: '100%' }}
          showSearch
          optionFilterProp="label"
          value={path[depth]?.code}
          options={items.map((region) => ({ value: region.code, label: region.name }))}
          onChange={(code: string) => void choose(depth, code)}
        />
      ))}
    </Space>
  );
}
