import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useMessages } from '../../../../i18n/messages';
import { volunteerLabel as labelOf } from '../../organisation/shared/volunteer-select';
import type { VolunteerItem } from './api-types';
import { sharedMessages } from './shared-messages';

const SEARCH_DELAY_MS = 300;

export interface VolunteerSelectProps {
  readonly value?: string;
  readonly onChange?: (volunteerId: string | undefined, volunteer?: VolunteerItem) => void;
  readonly placeholder?: string;
  readonly allowClear?: boolean;
  readonly style?: React.CSSProperties;
  readonly id?: string;
}

/** 姓名 · 编号 · 证件号（掩码）: the one way a picked volunteer is named (organisation/shared). */
export const volunteerLabel = labelOf;

/**
 * Picks a volunteer by name, a part of its volunteer number, or its phone number (`GET /volunteers?q=`),
 * searching as the person types; an older search's answer never replaces a newer one's. Each option
 * shows the masked ID number, so two people of one name are told apart.
 */
export function VolunteerSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  style,
  id,
}: VolunteerSelectProps) {
  const t = useMessages(sharedMessages);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<VolunteerItem[]>([]);
  const [searching, setSearching] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setSearching(true);
      api.get<Page<VolunteerItem>>('/volunteers', { q: text, pageSize: 20 }).then(
        (page) => {
          if (ticket !== latest.current) return;
          setOptions(page.items);
          setSearching(false);
        },
        () => ticket === latest.current && setSearching(false),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <Select
      id={id}
      showSearch
      allowClear={allowClear}
      value={value}
      placeholder={placeholder ?? t('volunteerSearchPlaceholder')}
      filterOption={false}
      onSearch={setQuery}
      onChange={(next: string | undefined) =>
        onChange?.(
          next,
          options.find((v) => v.id === next),
        )
      }
      notFoundContent={searching ? <Spin size="small" /> : query.trim() ? t('volunteerSearchEmpty') : null}
      options={options.map((v) => ({ value: v.id, label: volunteerLabel(v) }))}
      style={{ minWidth: 220, ...style }}
    />
  );
}
